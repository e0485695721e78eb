package org.cofile.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.Percentage;

/**
 * Whether a resubmission may be excluded under 14a-8(i)(12), under which threshold ({@code null} when no vote
 * counts), after how many votes, and for meetings held until which date ({@code null} when not excludable).
 */
public record ResubmissionVerdict(
        RuleSetRef ruleSet,
        boolean excludable,
        Percentage threshold,
        int timesVoted,
        BigDecimal lastSupportPercent,
        LocalDate lastVoteDate,
        LocalDate excludableUntil,
        String explanation,
        String citation) {

    public ResubmissionVerdict {
        Checks.notNull(ruleSet, "ruleSet");
        Checks.notBlank(explanation, "explanation");
        Checks.notBlank(citation, "citation");
    }
}
