package org.cofile.web.rest.rules;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import org.cofile.domain.rules.NoActionTimingVerdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The no-action timing verdict as the API shows it. */
@JsonbNillable
@Schema(name = "NoActionTimingVerdict")
public record NoActionTimingView(
        boolean timely,

        @Schema(description = "Calendar days from the request to the definitive proxy.")
        long daysBefore,

        @Schema(description = "The last day a request is in time.")
        LocalDate latestTimelyDate,

        boolean goodCauseRequired,

        @Schema(description = "Id of the staff posture in force on the request date, or null.")
        String staffPosture,

        String explanation,
        String citation,
        String ruleSet,
        String ruleSetName) {

    static NoActionTimingView of(NoActionTimingVerdict v) {
        return new NoActionTimingView(
                v.timely(),
                v.daysBeforeDefinitiveProxy(),
                v.latestTimelyDate(),
                v.goodCauseRequired(),
                v.staffPosture() == null ? null : v.staffPosture().id(),
                v.explanation(),
                v.citation(),
                v.ruleSet().id(),
                v.ruleSet().name());
    }
}
