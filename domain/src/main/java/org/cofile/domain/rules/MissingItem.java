package org.cofile.domain.rules;

import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.Message;

/** Something the proponent still has to supply, as a code, a sentence in English and the same as a message key. */
public record MissingItem(MissingCode code, String text, Message message) {

    public MissingItem {
        Checks.notNull(code, "code");
        Checks.notBlank(text, "text");
        Checks.notNull(message, "message");
    }

    /** An item whose sentence has no message key yet. */
    public MissingItem(MissingCode code, String text) {
        this(code, text, Message.text(text));
    }

    /** An item worded by the key {@code MissingCode.<code>} with {@code args}. */
    public static MissingItem of(MissingCode code, String text, Object... args) {
        return new MissingItem(code, text, Message.of("MissingCode." + code.name(), args));
    }
}
