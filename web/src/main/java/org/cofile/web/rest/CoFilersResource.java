package org.cofile.web.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cofile.domain.cofiling.DocumentKind;
import org.cofile.workflow.cofiling.CoFilingService;

/**
 * The co-filers of one resolution, under {@code /api/resolutions/{id}/cofilers}: reached through {@link
 * ResolutionsResource}, so that one resource class answers every path under {@code /resolutions}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoFilersResource {

    private final CoFilingService coFiling;
    private final long resolutionId;

    CoFilersResource(CoFilingService coFiling, long resolutionId) {
        this.coFiling = coFiling;
        this.resolutionId = resolutionId;
    }

    @GET
    public List<CoFilerView> list() {
        return coFiling.list(resolutionId).stream().map(CoFilerView::of).toList();
    }

    /** Invites {@code organizationId} (the lead filer), or asks to join for the caller's organization. */
    @POST
    public Response invite(CoFilingRequests.Invite body) {
        var organization = body == null ? null : body.organization();
        var details = coFiling.invite(resolutionId, organization);
        return Response.created(URI.create("resolutions/" + resolutionId + "/cofilers/"
                        + details.coFiler().getOrganization().getId()))
                .entity(CoFilerView.of(details))
                .build();
    }

    @POST
    @Path("/{organizationId}/decision")
    public CoFilerView decide(@PathParam("organizationId") long organizationId, CoFilingRequests.Decision body) {
        var decision = ApiInput.required(body);
        return CoFilerView.of(coFiling.decide(resolutionId, organizationId, decision.accepted(), decision.reason()));
    }

    @PUT
    @Path("/{organizationId}")
    public CoFilerView record(@PathParam("organizationId") long organizationId, CoFilingRequests.HoldingUpdate body) {
        return CoFilerView.of(coFiling.record(
                resolutionId, organizationId, ApiInput.required(body).toRecord()));
    }

    /** A letter as {@code multipart/form-data}: {@code kind} and {@code file}, a PDF by its content. */
    @POST
    @Path("/{organizationId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("organizationId") long organizationId, List<EntityPart> parts) {
        var kind = ApiInput.required(Uploads.field(parts, "kind"), "kind", DocumentKind.class);
        var bytes = Uploads.file(parts, "file");
        var document = coFiling.upload(resolutionId, organizationId, kind, Uploads.fileName(parts, "file"), bytes);
        return Response.created(URI.create("documents/" + document.getId()))
                .entity(CoFilerView.DocumentView.of(document))
                .build();
    }
}
