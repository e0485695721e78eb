package org.cofile.web.rest;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The 409 of a save edited from an older version: a problem document that also carries the resolution as it now is,
 * so that the client can show both texts and nothing typed is lost.
 */
public record StaleVersionProblem(
        String type, String title, int status, String detail, Map<String, String> errors, ResolutionView current) {

    static Response response(String detail, ResolutionView current) {
        var status = Response.Status.CONFLICT;
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new StaleVersionProblem(
                        "about:blank",
                        status.getReasonPhrase(),
                        status.getStatusCode(),
                        detail,
                        Map.of("version", detail),
                        current))
                .build();
    }
}
