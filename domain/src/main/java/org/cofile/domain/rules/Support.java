package org.cofile.domain.rules;

import java.math.BigDecimal;
import org.cofile.domain.shared.Checks;

/**
 * One way of computing support for a proposal, labelled, with its formula. {@code percent} (two decimals, HALF_UP) is
 * {@code null} when the denominator is zero, and the explanation says why.
 */
public record Support(String label, String formula, BigDecimal percent, String explanation) {

    public Support {
        Checks.notBlank(label, "label");
        Checks.notBlank(formula, "formula");
        Checks.notBlank(explanation, "explanation");
    }

    public boolean isDefined() {
        return percent != null;
    }
}
