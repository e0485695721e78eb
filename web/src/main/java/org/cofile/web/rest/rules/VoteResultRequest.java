package org.cofile.web.rest.rules;

import jakarta.json.bind.annotation.JsonbProperty;
import org.cofile.domain.rules.VoteCounts;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The vote on a proposal as the company reported it. Counts arrive as text so that {@code 1.5} or {@code "many"} is
 * refused with the field named; Yasson would cut 1.5 to 1.
 */
@Schema(name = "VoteCounts")
public record VoteResultRequest(
        @JsonbProperty("for") @Schema(name = "for", type = SchemaType.INTEGER, required = true, examples = "4000")
        String votesFor,

        @Schema(type = SchemaType.INTEGER, required = true, examples = "2500")
        String against,

        @Schema(type = SchemaType.INTEGER, required = true, examples = "500")
        String abstain,

        @Schema(type = SchemaType.INTEGER, required = true, examples = "1000")
        String brokerNonVotes) {

    VoteCounts toCounts() {
        var in = new RequestFields();
        VoteCounts counts = counts(in, "", votesFor, against, abstain, brokerNonVotes);
        in.verify();
        return counts;
    }

    /** Counts with their fields named under {@code prefix} ({@code priorVotes[0].}); null when any is bad. */
    static VoteCounts counts(
            RequestFields in, String prefix, String votesFor, String against, String abstain, String brokerNonVotes) {
        Long f = in.requiredCount(prefix + "for", votesFor);
        Long a = in.requiredCount(prefix + "against", against);
        Long ab = in.requiredCount(prefix + "abstain", abstain);
        Long b = in.requiredCount(prefix + "brokerNonVotes", brokerNonVotes);
        if (f == null || a == null || ab == null || b == null) {
            return null;
        }
        // Each count has at most 15 digits (Bounds), so the support formulas' sums cannot overflow.
        return VoteCounts.of(f, a, ab, b);
    }
}
