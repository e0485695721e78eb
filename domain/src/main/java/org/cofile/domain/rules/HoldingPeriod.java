package org.cofile.domain.rules;

import java.time.LocalDate;

/**
 * The holding-period rule shared by all rule sets: "held for at least N years (months) through the submission date"
 * means {@code heldSince.plusYears(N)} is on or before the submission date. {@link LocalDate#plusYears} clamps Feb 29
 * to Feb 28, so shares held since 2020-02-29 have been held one year on 2021-02-28.
 */
public final class HoldingPeriod {

    private HoldingPeriod() {}

    public static boolean heldAtLeastYears(LocalDate heldSince, LocalDate through, int years) {
        return !heldSince.plusYears(years).isAfter(through);
    }

    public static boolean heldAtLeastMonths(LocalDate heldSince, LocalDate through, int months) {
        return !heldSince.plusMonths(months).isAfter(through);
    }
}
