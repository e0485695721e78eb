package org.cofile.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The limits every value Cofile accepts stays within, in one place: real calendar dates between 1900 and 2200,
 * decimals of at most 15 whole and 6 decimal digits, whole numbers of at most 15 digits, texts and lists of bounded
 * length. Value objects, rule queries and entities check their values here; the API's request readers and the portal's
 * converters parse text here, so a value is refused the same way wherever it arrives, and before any arithmetic runs
 * on it. Every refusal is an {@link InvalidInputException} naming the field, quoting at most {@link #EXCERPT}
 * characters of what was sent.
 */
public final class Bounds {

    /** No meeting, holding or proxy statement Cofile deals with is older. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /** Nor planned further ahead; date arithmetic a few centuries on from here cannot overflow. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

    /** Digits before the decimal point: 999 trillion, more shares or dollars than any company has. */
    public static final int MAX_WHOLE_DIGITS = 15;

    /** Digits after the decimal point: prices to a millionth, far finer than any market quotes. */
    public static final int MAX_DECIMAL_DIGITS = 6;

    /** The longest text a number may arrive as; longer text is refused before it is parsed. */
    public static final int MAX_NUMBER_TEXT = 40;

    /** The longest free text: a proposal with its statement is some 3,500 characters, a UK statement twice that. */
    public static final int MAX_TEXT = 50_000;

    /** The longest name of a person, an organization or a company. */
    public static final int MAX_NAME = 200;

    /** The most entries a list in one request may have (lots held, earlier votes). */
    public static final int MAX_ENTRIES = 100;

    /** How much of a refused value a message quotes back. */
    public static final int EXCERPT = 40;

    private static final BigDecimal MAX_WHOLE_NUMBER = BigDecimal.TEN.pow(MAX_WHOLE_DIGITS);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");

    private Bounds() {}

    /** A date between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}; {@code null} passes (absence is checked apart). */
    public static LocalDate date(LocalDate value, String field) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw new InvalidInputException(
                    field,
                    "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE + " (was " + excerpt(value.toString())
                            + ")");
        }
        return value;
    }

    /** A real calendar date written YYYY-MM-DD, within bounds: 2019-02-29 is refused, not moved to 2019-02-28. */
    public static LocalDate parseDate(String text, String field) {
        String value = text.strip();
        if (value.length() != "yyyy-mm-dd".length()) {
            throw new InvalidInputException(field, "must be a date YYYY-MM-DD (was '" + excerpt(text) + "')");
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: it refuses the 29th of February of a common year.
            return date(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE), field);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, "must be a real calendar date YYYY-MM-DD (was '" + excerpt(text) + "')");
        }
    }

    /** A decimal of at most {@link #MAX_WHOLE_DIGITS} whole and {@link #MAX_DECIMAL_DIGITS} decimal digits. */
    public static BigDecimal decimal(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        // In long: an exponent of 1e2147483647 would overflow an int.
        long decimals = value.signum() == 0 ? 0 : value.stripTrailingZeros().scale();
        long whole = (long) value.precision() - value.scale();
        if (whole > MAX_WHOLE_DIGITS) {
            throw new InvalidInputException(
                    field, "must have at most " + MAX_WHOLE_DIGITS + " digits before the decimal point");
        }
        if (decimals > MAX_DECIMAL_DIGITS) {
            throw new InvalidInputException(field, "must have at most " + MAX_DECIMAL_DIGITS + " decimal places");
        }
        return value;
    }

    /** A decimal written as a JSON number or a decimal string ({@code 1e3} too), within bounds. */
    public static BigDecimal parseDecimal(String text, String field) {
        String value = text.strip();
        if (value.length() > MAX_NUMBER_TEXT) {
            throw new InvalidInputException(field, "must be a number of at most " + MAX_NUMBER_TEXT + " characters");
        }
        try {
            return decimal(new BigDecimal(value), field);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number (was '" + excerpt(text) + "')");
        }
    }

    /** A whole number, not negative, of at most {@link #MAX_WHOLE_DIGITS} digits. */
    public static long count(long value, String field) {
        Checks.notNegative(value, field);
        if (value >= MAX_WHOLE_NUMBER.longValueExact()) {
            throw new InvalidInputException(field, "must have at most " + MAX_WHOLE_DIGITS + " digits");
        }
        return value;
    }

    /** A whole number written in digits only: {@code 1.5}, {@code 1e3} and {@code -1} are refused, not rounded. */
    public static long parseCount(String text, String field) {
        String value = text.strip();
        if (value.startsWith("-") && WHOLE_NUMBER.matcher(value.substring(1)).matches()) {
            throw new InvalidInputException(field, "must not be negative (was " + excerpt(value) + ")");
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new InvalidInputException(field, "must be a whole number (was '" + excerpt(text) + "')");
        }
        if (value.length() > MAX_WHOLE_DIGITS) {
            throw new InvalidInputException(field, "must have at most " + MAX_WHOLE_DIGITS + " digits");
        }
        return count(Long.parseLong(value), field);
    }

    /** A text of at most {@code max} characters; {@code null} passes. */
    public static String text(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(
                    field, "must be at most " + max + " characters long (was " + value.length() + ")");
        }
        return value;
    }

    /** A list of at most {@link #MAX_ENTRIES} entries; {@code null} passes. */
    public static <T extends Collection<?>> T entries(T values, String field) {
        if (values != null && values.size() > MAX_ENTRIES) {
            throw new InvalidInputException(
                    field, "must have at most " + MAX_ENTRIES + " entries (was " + values.size() + ")");
        }
        return values;
    }

    /** The start of a refused value, short enough to quote back in a message. */
    public static String excerpt(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= EXCERPT ? value : value.substring(0, EXCERPT) + "…";
    }
}
