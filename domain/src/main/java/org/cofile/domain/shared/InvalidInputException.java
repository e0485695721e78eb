package org.cofile.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Input that breaks a rule, with a message per field, so that a form shows each beside its input and the API answers
 * 400 with a field→message map. The one exception for bad input, from a value object, an entity, the rules engine or
 * a request reader alike; the EJB module declares it an application exception that rolls back.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    /** One field: {@code holdings[0].shares} and why, e.g. {@code must not be negative (was -1)}. */
    public InvalidInputException(String field, String reason) {
        this(Map.of(field, reason));
    }

    /** Several fields at once, in the order given, so one answer lists every mistake. */
    public InvalidInputException(Map<String, String> fieldErrors) {
        super(describe(fieldErrors));
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one field.");
        }
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** Field → reason, in the order the fields were found. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The first field named. */
    public String field() {
        return fieldErrors.keySet().iterator().next();
    }

    /** The reason given for the first field, without its name. */
    public String reason() {
        return fieldErrors.values().iterator().next();
    }

    /** The same refusal with its fields renamed, as a boundary that names fields its own way reports it. */
    public InvalidInputException withFieldsRenamed(UnaryOperator<String> rename) {
        var renamed = new LinkedHashMap<String, String>();
        fieldErrors.forEach((field, reason) -> renamed.putIfAbsent(rename.apply(field), reason));
        return new InvalidInputException(renamed);
    }

    private static String describe(Map<String, String> fieldErrors) {
        var text = new StringBuilder();
        fieldErrors.forEach((field, reason) -> text.append(text.length() == 0 ? "" : "; ")
                .append(field)
                .append(' ')
                .append(reason));
        return text.toString();
    }
}
