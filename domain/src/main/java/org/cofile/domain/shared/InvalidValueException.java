package org.cofile.domain.shared;

/** A value that breaks a domain rule; names the field it came from so a form or API can show it beside it. */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
