package org.cofile.domain.company;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The SEC's Central Index Key: up to ten digits, written zero-padded to ten (Amazon is 0001018724) as EDGAR does.
 */
public record Cik(String value) implements Serializable {

    public static final int DIGITS = 10;

    private static final Pattern FORMAT = Pattern.compile("^\\d{" + DIGITS + "}$");

    public Cik {
        if (value == null || !FORMAT.matcher(value).matches() || value.chars().allMatch(c -> c == '0')) {
            throw new InvalidInputException(
                    "cik",
                    "A CIK is 1 to 10 digits and not all zeros, such as 0001018724; got '" + Bounds.excerpt(value)
                            + "'.");
        }
    }

    /** Parses what a user typed: "1018724" and "0001018724" are the same key. */
    public static Cik parse(String text) {
        if (text == null || !text.strip().matches("^\\d{1," + DIGITS + "}$")) {
            throw new InvalidInputException(
                    "cik",
                    "A CIK is 1 to 10 digits and not all zeros, such as 0001018724; got '" + Bounds.excerpt(text)
                            + "'.");
        }
        var digits = text.strip();
        return new Cik("0".repeat(DIGITS - digits.length()) + digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
