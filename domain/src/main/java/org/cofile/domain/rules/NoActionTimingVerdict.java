package org.cofile.domain.rules;

import java.time.LocalDate;
import org.cofile.domain.shared.Checks;

/**
 * Whether a company's no-action request (14a-8(j)) is in time for its definitive proxy filing; a later request needs
 * good cause. {@code staffPosture} names the staff posture in force for the request date, if any.
 */
public record NoActionTimingVerdict(
        RuleSetRef ruleSet,
        LocalDate requestDate,
        LocalDate definitiveProxyDate,
        LocalDate latestTimelyDate,
        long daysBeforeDefinitiveProxy,
        boolean timely,
        boolean goodCauseRequired,
        RuleSetRef staffPosture,
        String citation,
        String explanation) {

    public NoActionTimingVerdict {
        Checks.notNull(ruleSet, "ruleSet");
        Checks.notNull(requestDate, "requestDate");
        Checks.notNull(definitiveProxyDate, "definitiveProxyDate");
        Checks.notNull(latestTimelyDate, "latestTimelyDate");
        Checks.notBlank(citation, "citation");
        Checks.notBlank(explanation, "explanation");
    }
}
