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
import org.cofile.domain.organization.Role;
import org.cofile.web.rest.MembershipRequests.MemberInvitation;
import org.cofile.web.rest.MembershipRequests.PasswordChange;
import org.cofile.workflow.organization.InvitationService;
import org.cofile.workflow.organization.MemberService;
import org.cofile.workflow.security.PasswordService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Members and invitations, for a signed-in member: its organization's members, inviting people (organization admins)
 * and organizations (coalition admins), deactivating a member, changing one's own password.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members and invitations")
@SecurityRequirement(name = "apiToken")
public class MembershipResource {

    @Inject
    private InvitationService invitations;

    @Inject
    private MemberService members;

    @Inject
    private PasswordService passwords;

    @GET
    @Path("members")
    public List<MemberView> members() {
        return members.ofMyOrganization().stream().map(MemberView::of).toList();
    }

    /** Deactivates a member of the caller's organization: its sessions and tokens stop working at once. */
    @POST
    @Path("members/{id}/deactivation")
    public MemberView deactivate(@PathParam("id") long id) {
        return MemberView.of(members.deactivate(id));
    }

    @GET
    @Path("invitations")
    public List<InvitationView> openInvitations() {
        return invitations.openInvitations().stream()
                .map(i -> InvitationView.of(i, null))
                .toList();
    }

    @POST
    @Path("invitations")
    public Response inviteMember(MemberInvitation body) {
        var request = ApiInput.required(body);
        var issued = invitations.inviteMember(request.email(), ApiInput.required(request.role(), "role", Role.class));
        return Response.status(Response.Status.CREATED)
                .entity(InvitationView.of(issued.invitation(), issued.link()))
                .build();
    }

    @POST
    @Path("account/password")
    public Response changePassword(PasswordChange body) {
        var request = ApiInput.required(body);
        passwords.change(request.currentPassword(), request.newPassword());
        return Response.noContent().build();
    }
}
