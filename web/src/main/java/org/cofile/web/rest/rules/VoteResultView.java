package org.cofile.web.rest.rules;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import org.cofile.domain.rules.VoteResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Support for a proposal two ways, as the API shows it. */
@JsonbNillable
@Schema(name = "VoteResult")
public record VoteResultView(
        @Schema(
                description = "for / (for + against), two decimals; null when nothing was cast for or against.",
                examples = "61.54")
        BigDecimal secSupportPercent,

        @Schema(
                description = "for / (for + against + abstain), two decimals; null when nothing was cast.",
                examples = "57.14")
        BigDecimal companySupportPercent,

        String secFormula,
        String companyFormula,
        String explanation,
        String citation) {

    static VoteResultView of(VoteResult r) {
        return new VoteResultView(
                Decimals.percent(r.sec().percent()),
                Decimals.percent(r.company().percent()),
                r.sec().formula(),
                r.company().formula(),
                r.explanation(),
                r.citation());
    }
}
