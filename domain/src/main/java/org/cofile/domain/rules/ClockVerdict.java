package org.cofile.domain.rules;

import java.time.LocalDate;
import org.cofile.domain.shared.Checks;

/**
 * A period the rules open on a trigger date: from {@code opens} to {@code closes}, both inclusive. {@code opens} is
 * {@code null} for "no later than" clocks; both are {@code null} when the clock does not exist in the rule set.
 */
public record ClockVerdict(
        RuleSetRef ruleSet,
        String clock,
        LocalDate trigger,
        LocalDate opens,
        LocalDate closes,
        String citation,
        String explanation) {

    public ClockVerdict {
        Checks.notNull(ruleSet, "ruleSet");
        Checks.notBlank(clock, "clock");
        Checks.notNull(trigger, "trigger");
        Checks.notBlank(citation, "citation");
        Checks.notBlank(explanation, "explanation");
    }

    public boolean applies() {
        return closes != null;
    }

    /** Where {@code date} falls: both ends of the period are on time. */
    public Timeliness timelinessOf(LocalDate date) {
        Checks.notNull(date, "date");
        if (closes == null) {
            return Timeliness.UNKNOWN;
        }
        if (opens != null && date.isBefore(opens)) {
            return Timeliness.TOO_EARLY;
        }
        return date.isAfter(closes) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
}
