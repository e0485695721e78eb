package org.cofile.domain.rules;

import java.util.List;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.Message;

/**
 * The result of testing holdings against a rule set's thresholds, before documents are considered; rule sets build
 * one and {@link EligibilityVerdicts} turns it into a verdict.
 *
 * @param met whether a threshold is met
 * @param thresholdLabel the threshold met, e.g. {@code $2,000 / 3 years tier}; {@code null} if none
 * @param summary what the figures show, a clause: {@code $2,150.00 held continuously since 2021-03-01}
 * @param dataMissing figures that were needed but not given
 * @param labelMessage {@code thresholdLabel} as a message, or {@code null} where the rule set has no keys yet
 * @param summaryMessage {@code summary} as a message, or {@code null} likewise
 */
public record ThresholdTest(
        boolean met,
        String thresholdLabel,
        String summary,
        EligibilityFigures figures,
        List<MissingItem> dataMissing,
        Message labelMessage,
        Message summaryMessage) {

    public ThresholdTest {
        Checks.notBlank(summary, "summary");
        Checks.notNull(figures, "figures");
        dataMissing = Checks.noNulls(dataMissing, "dataMissing");
        if (met) {
            Checks.notBlank(thresholdLabel, "thresholdLabel");
        }
    }

    public static ThresholdTest met(String label, String summary, EligibilityFigures figures) {
        return new ThresholdTest(true, label, summary, figures, List.of(), null, null);
    }

    public static ThresholdTest notMet(String summary, EligibilityFigures figures, List<MissingItem> dataMissing) {
        return new ThresholdTest(false, null, summary, figures, dataMissing, null, null);
    }

    /** The same test worded by message keys too, so that the verdict can be read in any language. */
    public ThresholdTest worded(Message label, Message summaryWords) {
        return new ThresholdTest(met, thresholdLabel, summary, figures, dataMissing, label, summaryWords);
    }

    /** Whether the rule set gave keys for its words (else the verdict falls back to its English sentence). */
    public boolean isWorded() {
        return summaryMessage != null && (!met || labelMessage != null);
    }
}
