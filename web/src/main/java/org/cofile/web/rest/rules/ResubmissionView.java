package org.cofile.web.rest.rules;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cofile.domain.rules.ResubmissionVerdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The resubmission verdict as the API shows it. */
@JsonbNillable
@Schema(name = "ResubmissionVerdict")
public record ResubmissionView(
        boolean excludable,
        String ruleSet,
        String ruleSetName,

        @Schema(
                description = "The support threshold in percent, or null when no earlier vote counts.",
                examples = "5.00")
        BigDecimal threshold,

        @Schema(description = "Earlier votes in the preceding 5 calendar years.")
        int timesVoted,

        @Schema(description = "Support at the last vote by the SEC formula, two decimals.", examples = "4.00")
        BigDecimal lastSupportPercent,

        LocalDate lastVoteDate,

        @Schema(description = "Excludable from meetings held until this day; null when not excludable.")
        LocalDate excludableUntil,

        String explanation,
        String citation) {

    public static ResubmissionView of(ResubmissionVerdict v) {
        return new ResubmissionView(
                v.excludable(),
                v.ruleSet().id(),
                v.ruleSet().name(),
                Decimals.percent(v.threshold()),
                v.timesVoted(),
                Decimals.percent(v.lastSupportPercent()),
                v.lastVoteDate(),
                v.excludableUntil(),
                v.explanation(),
                v.citation());
    }
}
