package org.cofile.domain.rules;

import java.util.List;
import org.cofile.domain.shared.Checks;

/**
 * The result of testing holdings against a rule set's thresholds, before documents are considered; rule sets build
 * one and {@link EligibilityVerdicts} turns it into a verdict.
 *
 * @param met whether a threshold is met
 * @param thresholdLabel the threshold met, e.g. {@code $2,000 / 3 years tier}; {@code null} if none
 * @param summary what the figures show, a clause: {@code $2,150.00 held continuously since 2021-03-01}
 * @param dataMissing figures that were needed but not given
 */
public record ThresholdTest(
        boolean met, String thresholdLabel, String summary, EligibilityFigures figures, List<MissingItem> dataMissing) {

    public ThresholdTest {
        Checks.notBlank(summary, "summary");
        Checks.notNull(figures, "figures");
        dataMissing = Checks.noNulls(dataMissing, "dataMissing");
        if (met) {
            Checks.notBlank(thresholdLabel, "thresholdLabel");
        }
    }

    public static ThresholdTest met(String label, String summary, EligibilityFigures figures) {
        return new ThresholdTest(true, label, summary, figures, List.of());
    }

    public static ThresholdTest notMet(String summary, EligibilityFigures figures, List<MissingItem> dataMissing) {
        return new ThresholdTest(false, null, summary, figures, dataMissing);
    }
}
