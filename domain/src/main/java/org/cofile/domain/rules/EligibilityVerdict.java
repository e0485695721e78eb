package org.cofile.domain.rules;

import java.util.List;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.Message;

/**
 * Whether a proponent may file, with the threshold met ({@code null} if none), the figures used, what is missing, the
 * citation and a sentence a member understands, in English and as a message key for the portal's languages.
 */
public record EligibilityVerdict(
        RuleSetRef ruleSet,
        EligibilityStatus status,
        String thresholdMet,
        EligibilityFigures figures,
        List<MissingItem> missing,
        String citation,
        String explanation,
        Message explanationMessage) {

    /** A verdict whose explanation has no message key yet. */
    public EligibilityVerdict(
            RuleSetRef ruleSet,
            EligibilityStatus status,
            String thresholdMet,
            EligibilityFigures figures,
            List<MissingItem> missing,
            String citation,
            String explanation) {
        this(ruleSet, status, thresholdMet, figures, missing, citation, explanation, Message.text(explanation));
    }

    public EligibilityVerdict {
        Checks.notNull(ruleSet, "ruleSet");
        Checks.notNull(status, "status");
        Checks.notNull(figures, "figures");
        missing = Checks.noNulls(missing, "missing");
        Checks.notBlank(citation, "citation");
        Checks.notBlank(explanation, "explanation");
        Checks.notNull(explanationMessage, "explanationMessage");
    }

    public boolean isEligible() {
        return status == EligibilityStatus.ELIGIBLE;
    }

    public List<MissingCode> missingCodes() {
        return missing.stream().map(MissingItem::code).toList();
    }
}
