package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import org.cofile.workflow.organization.OrganizationData;
import org.cofile.workflow.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coalition's organizations. */
@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@SecurityRequirement(name = "apiToken")
public class OrganizationsResource {

    @Inject
    private OrganizationService organizations;

    @GET
    public PageView<OrganizationView> list(
            @QueryParam("first") @DefaultValue("0") String first,
            @QueryParam("size") @DefaultValue("20") String size,
            @QueryParam("sort") String sort,
            @QueryParam("name") String name,
            @QueryParam("kind") String kind) {
        var filters = new HashMap<String, String>();
        if (name != null) {
            filters.put("name", name);
        }
        if (kind != null) {
            filters.put("kind", kind);
        }
        var request = Paging.request(first, size, sort, filters);
        var page = organizations.list(request);
        return new PageView<>(
                page.rows().stream().map(OrganizationView::of).toList(), page.total(), request.first(), request.size());
    }

    @GET
    @Path("/{id}")
    public OrganizationView get(@PathParam("id") long id) {
        return OrganizationView.of(organizations.get(id));
    }

    @POST
    public Response create(@NotNull @Valid OrganizationData data, @jakarta.ws.rs.core.Context UriInfo uri) {
        var created = organizations.create(data);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(OrganizationView.of(created))
                .build();
    }

    @PUT
    @Path("/{id}")
    public OrganizationView update(@PathParam("id") long id, @NotNull @Valid OrganizationData data) {
        return OrganizationView.of(organizations.update(id, data));
    }
}
