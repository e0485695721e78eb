package org.cofile.web.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.shared.PageRequest;

/** Reads the paging query parameters every list resource accepts. */
final class Paging {

    static final int DEFAULT_SIZE = 20;

    private Paging() {}

    /**
     * The page asked for. {@code first} and {@code size} arrive as text: JAX-RS answers a query parameter it cannot
     * convert with 404, as if the list did not exist, where the client deserves a 400 naming the parameter.
     */
    static PageRequest request(String first, String size, String sort, Map<String, String> filters) {
        var errors = new LinkedHashMap<String, String>();
        long from = whole("first", first, 0, errors);
        long count = whole("size", size, DEFAULT_SIZE, errors);
        if (!errors.containsKey("first") && from > Integer.MAX_VALUE) {
            errors.put("first", "must be at most " + Integer.MAX_VALUE);
        }
        if (!errors.containsKey("size") && (count < 1 || count > PageRequest.MAX_SIZE)) {
            errors.put("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        filters.forEach((field, text) -> {
            try {
                Bounds.text(text, Bounds.MAX_NAME, field);
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean descending = sort != null && sort.startsWith("-");
        var sortBy = sort == null || sort.isBlank() ? null : descending ? sort.substring(1) : sort;
        return new PageRequest((int) from, (int) count, sortBy, !descending, filters);
    }

    private static long whole(String field, String text, long absent, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Bounds.parseCount(text, field);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
            return absent;
        }
    }
}
