package org.cofile.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage between 0 and 100, held in percent units ({@code 4.99} means 4.99%). Equality ignores trailing zeros.
 * Thresholds are compared exactly ({@link #isReachedBy}), never after rounding, so 4.996% does not reach 5%.
 */
public final class Percentage implements Comparable<Percentage> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal value;

    public Percentage(BigDecimal value) {
        Checks.notNegative(value, "percentage");
        if (value.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("percentage", "must not exceed 100 (was " + value.toPlainString() + ")");
        }
        this.value = value;
    }

    public static Percentage of(String value) {
        Checks.notNull(value, "percentage");
        return new Percentage(Bounds.parseDecimal(value, "percentage"));
    }

    /** {@code part / whole × 100}, rounded HALF_UP to {@code scale} decimals, for display. */
    public static Percentage ratio(BigDecimal part, BigDecimal whole, int scale) {
        Checks.notNegative(part, "part");
        Checks.notNegative(whole, "whole");
        if (whole.signum() == 0) {
            throw new InvalidInputException("whole", "must be positive to compute a percentage");
        }
        return new Percentage(part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_UP));
    }

    /** Percent units: {@code 5} for 5%. */
    public BigDecimal value() {
        return value;
    }

    /** Whether {@code part / whole} is at least this percentage, compared exactly by cross-multiplication. */
    public boolean isReachedBy(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).compareTo(value.multiply(whole)) >= 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    /** At least two decimals: {@code 5.00%}, {@code 2.50%}, {@code 4.9960%}. */
    @Override
    public String toString() {
        int scale = Math.max(2, value.stripTrailingZeros().scale());
        return value.setScale(scale, RoundingMode.UNNECESSARY).toPlainString() + "%";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Percentage other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }
}
