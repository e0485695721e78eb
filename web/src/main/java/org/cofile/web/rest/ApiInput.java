package org.cofile.web.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * What the API's resources read from a request the same way: a body that must be there, and names of enum constants
 * (a kind, a state, an action, a role), refused with a 400 that names the field and the values it takes.
 */
final class ApiInput {

    private ApiInput() {}

    /** A missing body is a 400 naming {@code body}, not a failure further in. */
    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send the request's fields as a JSON object.");
        }
        return body;
    }

    /** The constant named {@code value}, null when the value is absent; an unknown name goes into {@code errors}. */
    static <E extends Enum<E>> E optional(String value, String field, Class<E> type, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "'" + Bounds.excerpt(value) + "' is not one of " + names(type) + ".");
            return null;
        }
    }

    /** The constant named {@code value}, which must be there. */
    static <E extends Enum<E>> E required(String value, String field, Class<E> type) {
        var errors = new LinkedHashMap<String, String>();
        var parsed = optional(value, field, type, errors);
        if (parsed == null && errors.isEmpty()) {
            errors.put(field, "Choose one of " + names(type) + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
