package org.cofile.domain.rules;

import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;

/** A word limit that a rule set puts on one kind of text, with its citation. */
public record WordLimit(TextKind textKind, int maxWords, String citation) {

    public WordLimit {
        Checks.notNull(textKind, "textKind");
        if (maxWords <= 0) {
            throw new InvalidInputException("maxWords", "must be positive (was " + maxWords + ")");
        }
        Checks.notBlank(citation, "citation");
    }
}
