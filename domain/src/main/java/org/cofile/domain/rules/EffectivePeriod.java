package org.cofile.domain.rules;

import java.time.LocalDate;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;

/** The meeting dates a rule set governs: from {@code from} to {@code until}, both inclusive; no {@code until} = open. */
public record EffectivePeriod(LocalDate from, LocalDate until) {

    public EffectivePeriod {
        Checks.notNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new InvalidInputException("until", "must not be before from (" + from + ", was " + until + ")");
        }
    }

    public static EffectivePeriod from(LocalDate from) {
        return new EffectivePeriod(from, null);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    @Override
    public String toString() {
        return until == null ? "meetings from " + from : "meetings from " + from + " to " + until;
    }
}
