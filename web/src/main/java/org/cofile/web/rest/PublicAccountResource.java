package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cofile.web.rest.MembershipRequests.Acceptance;
import org.cofile.web.rest.MembershipRequests.Reset;
import org.cofile.web.rest.MembershipRequests.ResetRequest;
import org.cofile.workflow.organization.InvitationService;
import org.cofile.workflow.security.PasswordService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What someone without an account or a token does with the links Cofile e-mails: accept an invitation, ask for a
 * password reset and reset it. No token; the link's secret is the credential.
 */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members and invitations")
public class PublicAccountResource {

    @Inject
    private InvitationService invitations;

    @Inject
    private PasswordService passwords;

    /** Accepts an invitation of a person: the account is created with the chosen name and password. */
    @POST
    @Path("invitations/accept")
    public Response accept(Acceptance body) {
        var request = ApiInput.required(body);
        var member = invitations.accept(request.token(), request.displayName(), request.password());
        return Response.status(Response.Status.CREATED)
                .entity(MemberView.of(member))
                .build();
    }

    /** Always 202, whether the address has an account or not: the answer must not tell who is on Cofile. */
    @POST
    @Path("password-reset-requests")
    public Response requestReset(ResetRequest body) {
        passwords.requestReset(ApiInput.required(body).email());
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets")
    public Response reset(Reset body) {
        var request = ApiInput.required(body);
        passwords.reset(request.token(), request.newPassword());
        return Response.noContent().build();
    }
}
