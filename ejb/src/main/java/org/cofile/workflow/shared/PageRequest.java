package org.cofile.workflow.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list, as a table asks for it: where it starts, how many rows, the sort and the filters (attribute →
 * text the attribute must contain). Services accept only the sort and filter attributes they name.
 */
public record PageRequest(int first, int size, String sortBy, boolean ascending, Map<String, String> filters)
        implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }
}
