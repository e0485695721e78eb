package org.cofile.web.rest.rules;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import org.cofile.domain.rules.DeadlineVerdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The submission deadline as the API shows it. */
@JsonbNillable
@Schema(name = "DeadlineVerdict")
public record DeadlineView(
        @Schema(
                description = "Last day a submission may be received; null when only \"a reasonable time\" can be said"
                        + " and nothing was announced.")
        LocalDate submissionDeadline,

        @Schema(description = "First day of the window, where there is one (Canada).")
        LocalDate windowOpens,

        @Schema(description = "FIXED, WINDOW, REASONABLE_TIME or NOT_ENCODED")
        String kind,

        @Schema(description = "How the date was computed.") String basis,
        String explanation,
        String citation,
        String ruleSet,
        String ruleSetName) {

    static DeadlineView of(DeadlineVerdict v) {
        return new DeadlineView(
                v.deadline(),
                v.windowOpens(),
                v.kind().name(),
                v.computation(),
                v.explanation(),
                v.citation(),
                v.ruleSet().id(),
                v.ruleSet().name());
    }
}
