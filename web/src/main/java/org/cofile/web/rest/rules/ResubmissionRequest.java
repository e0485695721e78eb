package org.cofile.web.rest.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.PriorVote;
import org.cofile.domain.rules.ResubmissionQuery;
import org.cofile.domain.rules.VoteCounts;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** May a company exclude this resubmitted proposal from the meeting (14a-8(i)(12))? */
@Schema(name = "ResubmissionRequest")
public record ResubmissionRequest(
        @Schema(required = true, description = "Only US: the resubmission rule is Rule 14a-8(i)(12).", examples = "US")
        String jurisdiction,

        @Schema(type = SchemaType.STRING, format = "date", required = true, examples = "2025-05-20")
        String meetingDate,

        @Schema(required = true, description = "Earlier votes on substantially the same subject; may be empty.")
        List<PriorVoteRequest> priorVotes) {

    ResubmissionQuery toQuery() {
        var in = new RequestFields();
        Jurisdiction j = in.jurisdiction("jurisdiction", jurisdiction);
        if (j != null && !Jurisdiction.US.equals(j)) {
            in.reject(
                    "jurisdiction", "must be US: only Rule 14a-8(i)(12) has a resubmission rule here (was " + j + ")");
        }
        LocalDate meeting = in.requiredDate("meetingDate", meetingDate);
        List<PriorVote> votes = new ArrayList<>();
        if (priorVotes == null) {
            in.reject("priorVotes", "must be given (an empty list when there was no earlier vote)");
        } else {
            List<PriorVoteRequest> given = in.boundedList("priorVotes", priorVotes);
            for (int i = 0; i < given.size(); i++) {
                PriorVoteRequest v = given.get(i);
                String at = "priorVotes[" + i + "]";
                if (v == null) {
                    in.reject(at, "must be an object, not null");
                    continue;
                }
                LocalDate date = in.requiredDate(at + ".meetingDate", v.meetingDate());
                VoteCounts counts = VoteResultRequest.counts(
                        in, at + ".", v.votesFor(), v.against(), v.abstain(), v.brokerNonVotes());
                if (date != null && counts != null) {
                    votes.add(new PriorVote(date, counts));
                }
            }
        }
        in.verify();
        return RequestFields.translated(() -> new ResubmissionQuery(meeting, votes));
    }
}
