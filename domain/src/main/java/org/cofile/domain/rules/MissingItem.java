package org.cofile.domain.rules;

import org.cofile.domain.shared.Checks;

/** Something the proponent still has to supply, as a code and a sentence. */
public record MissingItem(MissingCode code, String text) {

    public MissingItem {
        Checks.notNull(code, "code");
        Checks.notBlank(text, "text");
    }
}
