package org.cofile.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without it RESTEasy builds a new one for every request and every response,
 * and building one looks up the JSON provider through the service loader: under load that was a tenth of the
 * request threads' time (a thread dump of the petitions' benchmark). A Jsonb is thread-safe once built.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
