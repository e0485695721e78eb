package org.cofile.web.rest;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The application's MicroProfile Health readiness checks under /api, for load balancers that reach only the public
 * port; the server also serves them on its management port at /health/ready.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class HealthResource {

    @Inject
    @Readiness
    @Any
    private Instance<HealthCheck> checks;

    @GET
    public Response health() {
        var results = checks.stream()
                .map(HealthCheck::call)
                .map(r -> new CheckView(
                        r.getName(), r.getStatus().name(), r.getData().orElse(Map.of())))
                .toList();
        boolean up = results.stream().allMatch(r -> r.status().equals(HealthCheckResponse.Status.UP.name()));
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new HealthView(up ? "UP" : "DOWN", results))
                .build();
    }
}
