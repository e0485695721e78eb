package org.cofile.domain.shared;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** Argument checks for constructors of value objects and queries; each failure names its field. */
public final class Checks {

    private Checks() {}

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return value;
    }

    public static BigDecimal notNegative(BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative (was " + value.toPlainString() + ")");
        }
        return value;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidInputException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    /** An immutable copy of the list, refusing a null list or null elements (named {@code field[i]}). */
    public static <T> List<T> noNulls(Collection<T> values, String field) {
        notNull(values, field);
        int i = 0;
        for (T value : values) {
            notNull(value, field + "[" + i++ + "]");
        }
        return List.copyOf(values);
    }
}
