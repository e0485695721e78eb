package org.cofile.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;

/**
 * May a US company exclude a resubmitted proposal from the meeting on {@code meetingDate}, given the earlier votes on
 * substantially the same subject matter?
 */
public record ResubmissionQuery(LocalDate meetingDate, List<PriorVote> priorVotes) {

    public ResubmissionQuery {
        Bounds.date(Checks.notNull(meetingDate, "meetingDate"), "meetingDate");
        priorVotes = Checks.noNulls(Bounds.entries(priorVotes, "priorVotes"), "priorVotes");
    }
}
