package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.web.rest.MembershipRequests.OrganizationInvitation;
import org.cofile.workflow.organization.InvitationService;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.shared.Caller;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coalitions the caller's organization belongs to, and invitations into those it administers. */
@Path("/coalitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coalitions")
@SecurityRequirement(name = "apiToken")
public class CoalitionsResource {

    @Inject
    private ResolutionService resolutions;

    @Inject
    private Caller caller;

    @Inject
    private InvitationService invitations;

    /**
     * Invites an organization into a coalition the caller administers: an existing one by {@code organizationId}, a
     * new one by {@code organizationName} and {@code organizationKind}; {@code email} is the admin who receives it.
     */
    @POST
    @Path("/{id}/invitations")
    public Response inviteOrganization(@PathParam("id") long coalitionId, OrganizationInvitation body) {
        var request = ApiInput.required(body);
        var issued = request.organizationId() != null
                ? invitations.inviteExistingOrganization(coalitionId, request.organizationId(), request.email())
                : invitations.inviteNewOrganization(
                        coalitionId,
                        request.organizationName(),
                        ApiInput.required(request.organizationKind(), "organizationKind", OrganizationKind.class),
                        request.email());
        return Response.status(Response.Status.CREATED)
                .entity(InvitationView.of(issued.invitation(), issued.link()))
                .build();
    }

    @GET
    public List<CoalitionView> list() {
        var access = caller.access();
        return resolutions.coalitions().stream()
                .map(c -> CoalitionView.of(c, access.administers(c.getId())))
                .toList();
    }
}
