package org.cofile.web.rest;

import java.util.Map;
import org.cofile.workflow.shared.InvalidInputException;
import org.cofile.workflow.shared.PageRequest;

/** Reads the paging query parameters every list resource accepts. */
final class Paging {

    static final int DEFAULT_SIZE = 20;

    private Paging() {}

    static PageRequest request(int first, int size, String sort, Map<String, String> filters) {
        if (first < 0) {
            throw new InvalidInputException(Map.of("first", "first must be 0 or more."));
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new InvalidInputException(Map.of("size", "size must be between 1 and " + PageRequest.MAX_SIZE + "."));
        }
        boolean descending = sort != null && sort.startsWith("-");
        var sortBy = sort == null || sort.isBlank() ? null : descending ? sort.substring(1) : sort;
        return new PageRequest(first, size, sortBy, !descending, filters);
    }
}
