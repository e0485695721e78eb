package org.cofile.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem document, the body of every API error; {@code errors} maps a field to its message. */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, null);
    }

    public static Response response(Response.Status status, String detail, Map<String, String> errors) {
        var problem = new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                errors == null ? null : new LinkedHashMap<>(errors));
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
