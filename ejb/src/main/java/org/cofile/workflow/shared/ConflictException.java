package org.cofile.workflow.shared;

/** The change clashes with what is stored: a duplicate key, or a record someone else changed meanwhile. */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field that clashes, or null when the whole record does (a stale version). */
    public String field() {
        return field;
    }
}
