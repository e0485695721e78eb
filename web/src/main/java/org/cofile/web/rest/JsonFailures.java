package org.cofile.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a JSON parsing or binding failure behind a request failure and names the field it was in, from Yasson's
 * messages ("Unable to deserialize property 'holdings' because of: ..."), so that the client reads {@code
 * {"holdings": "expected an array, got an object"}} rather than a bare 400 or a 500.
 */
final class JsonFailures {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");
    private static final Pattern EVENTS = Pattern.compile("Received event: (\\w+) Allowed: \\[([^\\]]*)]");
    private static final String BODY = "body";

    private JsonFailures() {}

    /** The field→message map for a JSON failure anywhere in {@code failure}'s causes, if there is one. */
    static Optional<Map<String, String>> fieldErrors(Throwable failure) {
        JsonbException binding = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParsingException parsing) {
                // The parser's own message quotes its tokens and states; the place is what helps the client.
                var at = parsing.getLocation();
                return Optional.of(Map.of(
                        BODY,
                        at == null || at.getLineNumber() < 0
                                ? "is not valid JSON"
                                : "is not valid JSON (line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                                        + ")"));
            }
            if (binding == null && t instanceof JsonbException jsonb) {
                binding = jsonb;
            }
        }
        if (binding == null) {
            return Optional.empty();
        }
        String message = String.valueOf(binding.getMessage());
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(message);
        while (property.find()) {
            path.add(property.group(1));
        }
        String field = path.isEmpty() ? BODY : String.join(".", path);
        Matcher events = EVENTS.matcher(message);
        String reason = events.find()
                ? "expected " + expected(events.group(2)) + ", got " + describe(events.group(1))
                : "has the wrong JSON type";
        var errors = new LinkedHashMap<String, String>();
        errors.put(field, reason);
        return Optional.of(errors);
    }

    private static String expected(String allowed) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String event : allowed.split(",")) {
            String e = event.strip();
            if (!e.isEmpty() && !e.equals("VALUE_NULL")) {
                kinds.add(describe(e));
            }
        }
        if (kinds.isEmpty()) {
            return "null";
        }
        var list = new ArrayList<>(kinds);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    private static String describe(String event) {
        return switch (event) {
            case "START_OBJECT" -> "an object";
            case "START_ARRAY" -> "an array";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> event;
        };
    }
}
