package org.cofile.workflow.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cofile.domain.shared.InvalidValueException;

/** Input that breaks a rule, with a message per field. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(InvalidValueException e) {
        return new InvalidInputException(Map.of(e.field(), e.getMessage()));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
