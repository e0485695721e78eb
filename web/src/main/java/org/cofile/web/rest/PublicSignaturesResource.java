package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.campaign.PetitionSigning;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The links a signer is mailed, without an account or a token (the link's secret is the credential): confirm, so that
 * the signature counts; unsubscribe, so that no more mail or text messages come and the signature stays; erase, so
 * that nothing of it is left. A link used before changes nothing.
 */
@Path("/public/signatures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class PublicSignaturesResource {

    @Inject
    private PetitionSigning signing;

    public record Token(String token) {}

    public record Confirmed(long petitionId, boolean confirmed) {}

    public record Erased(boolean erased) {}

    public record Unsubscribed(boolean unsubscribed) {}

    @POST
    @Path("/confirm")
    public Confirmed confirm(Token body) {
        var token = required(body);
        var signature = signing.confirm(token);
        return new Confirmed(signature.getPetition().getId(), true);
    }

    /** No more e-mail or text messages; the signature stays and counts. The erase link's secret opens it. */
    @POST
    @Path("/unsubscribe")
    public Unsubscribed unsubscribe(Token body) {
        signing.unsubscribe(required(body));
        return new Unsubscribed(true);
    }

    @POST
    @Path("/erase")
    public Erased erase(Token body) {
        signing.erase(required(body));
        return new Erased(true);
    }

    private static String required(Token body) {
        var fields = new RequestFields();
        var token = fields.requiredText("token", ApiInput.required(body).token());
        fields.verify();
        return token;
    }
}
