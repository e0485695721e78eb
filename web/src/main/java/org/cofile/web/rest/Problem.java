package org.cofile.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document, the body of every API error; {@code errors} maps a field to its message, the first
 * {@link #MAX_ERRORS} of them, so that a body of a thousand bad entries does not get a thousand messages back.
 */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    static final int MAX_ERRORS = 20;

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, null);
    }

    public static Response response(Response.Status status, String detail, Map<String, String> errors) {
        var problem = new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                errors == null ? null : firstOf(errors));
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    private static Map<String, String> firstOf(Map<String, String> errors) {
        var first = new LinkedHashMap<String, String>();
        for (var error : errors.entrySet()) {
            if (first.size() == MAX_ERRORS) {
                first.put("…", (errors.size() - MAX_ERRORS) + " more");
                break;
            }
            first.put(error.getKey(), error.getValue());
        }
        return first;
    }
}
