package org.cofile.web.rest.rules;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.rules.EligibilityFigures;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.MissingItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The eligibility verdict as the API shows it. */
@JsonbNillable
@Schema(name = "EligibilityVerdict")
public record EligibilityView(
        @Schema(description = "A threshold is met and nothing is missing.")
        boolean eligible,

        @Schema(
                description = "ELIGIBLE, THRESHOLD_MET_ITEMS_MISSING, NOT_ELIGIBLE or CANNOT_DETERMINE",
                examples = "ELIGIBLE")
        String status,

        @Schema(description = "Id of the rule set in force for the meeting.", examples = "US-14a-8-2020")
        String ruleSet,

        String ruleSetName,

        @Schema(description = "The threshold met, or null.", examples = "$2,000 / 3 years tier")
        String tier,

        String explanation,
        String citation,
        List<Missing> missing,
        Figures figures) {

    /** Something still to supply, with a machine-readable code. */
    @JsonbNillable
    @Schema(name = "MissingItem")
    public record Missing(
            @Schema(examples = "PROOF_OF_OWNERSHIP") String code, String text) {

        static Missing of(MissingItem item) {
            return new Missing(item.code().name(), item.text());
        }
    }

    /** The figures the verdict used; null where the rule set did not need them. */
    @JsonbNillable
    @Schema(name = "EligibilityFigures")
    public record Figures(
            @Schema(description = "Shares counted, as a decimal string.")
            String shares,

            @Schema(description = "Market value counted, as a decimal string.")
            String value,

            String currency,

            @Schema(description = "Shares counted as a percentage of all voting shares.")
            BigDecimal shareOfVotesPercent,

            LocalDate heldSince,

            @Schema(description = "ISO 8601 period from heldSince through the submission date.", examples = "P3Y8M14D")
            String periodHeld,

            int holdersCounted,
            String averagePaidUp,
            boolean aggregated,
            boolean aggregationAllowed) {

        static Figures of(EligibilityFigures f) {
            var money = f.value() != null ? f.value() : f.averagePaidUp();
            return new Figures(
                    Decimals.plain(f.shares()),
                    Decimals.money(f.value()),
                    money == null ? null : money.currency(),
                    Decimals.percent(f.shareOfVotes()),
                    f.heldSince(),
                    f.periodHeld() == null ? null : f.periodHeld().toString(),
                    f.holdersCounted(),
                    Decimals.money(f.averagePaidUp()),
                    f.aggregated(),
                    f.aggregationAllowed());
        }
    }

    static EligibilityView of(EligibilityVerdict v) {
        return new EligibilityView(
                v.isEligible(),
                v.status().name(),
                v.ruleSet().id(),
                v.ruleSet().name(),
                v.thresholdMet(),
                v.explanation(),
                v.citation(),
                v.missing().stream().map(Missing::of).toList(),
                Figures.of(v.figures()));
    }
}
