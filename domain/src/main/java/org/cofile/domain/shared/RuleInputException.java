package org.cofile.domain.shared;

/**
 * Bad input to a domain rule or value object, naming the offending field so that a REST layer can answer 400 with a
 * field→message map. The message always starts with the field name.
 */
public class RuleInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public RuleInputException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The name of the field that was wrong, e.g. {@code shares} or {@code holdings[2].heldSince}. */
    public String field() {
        return field;
    }

    /** The message without the field name, e.g. {@code must not be negative (was -1)}. */
    public String reason() {
        return reason;
    }
}
