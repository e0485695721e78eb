package org.cofile.domain.shared;

/**
 * The change clashes with what is stored: a duplicate key, a record someone else changed meanwhile, or an action the
 * record's current state does not allow. Declared an application exception that rolls back (ejb's jboss-ejb3.xml),
 * so that the domain can throw it without EJB annotations.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field that clashes, or null when the whole record does (a stale version, a state). */
    public String field() {
        return field;
    }
}
