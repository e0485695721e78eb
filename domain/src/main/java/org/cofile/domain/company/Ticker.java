package org.cofile.domain.company;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A stock ticker symbol as US exchanges write it: one to five letters, optionally a share-class suffix after a dot or
 * hyphen (BRK.B, BF-A). Stored upper case.
 */
public record Ticker(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z]{1,5}([.-][A-Z]{1,2})?$");

    public Ticker {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(
                    "ticker",
                    "A ticker is 1 to 5 letters, optionally a class suffix such as BRK.B; got '" + Bounds.excerpt(value)
                            + "'.");
        }
    }

    /** Parses what a user typed: surrounding blanks are dropped and letters upper-cased. */
    public static Ticker parse(String text) {
        return new Ticker(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
