package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cofile.domain.campaign.FormTraces;
import org.cofile.domain.campaign.Signature;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.web.security.ClientAddress;
import org.cofile.workflow.campaign.PetitionSigning;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Petitions for the public, without an account or a token: read one with its count, and sign it. A new and a repeated
 * e-mail address get the same 202: only the mail tells them apart; so does a signature held aside as suspicious. Too
 * many requests from one client address, or on one petition at one moment, get 429 with {@code Retry-After}.
 */
@Path("/public/petitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class PublicPetitionsResource {

    @Inject
    private PetitionSigning signing;

    public record SignatureRequest(
            String name,
            String email,
            String postcode,
            String country,
            String contactConsent,
            String mobile,
            String smsConsent) {}

    public record Accepted(String message) {}

    @GET
    @Path("/{id}")
    public PetitionSigning.PublicPetition petition(@PathParam("id") long id) {
        return signing.petition(id);
    }

    @POST
    @Path("/{id}/signatures")
    public Response sign(@PathParam("id") long id, SignatureRequest body, @Context HttpServletRequest request) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        var contact = fields.optionalFlag("contactConsent", in.contactConsent(), null);
        var sms = fields.optionalFlag("smsConsent", in.smsConsent(), null);
        fields.optionalText("name", in.name(), Signature.NAME_MAX);
        fields.optionalText("postcode", in.postcode(), Signature.POSTCODE_MAX);
        fields.optionalText("mobile", in.mobile(), Signature.MOBILE_MAX);
        fields.verify();
        signing.sign(
                id,
                new Signature.Form(in.name(), in.email(), in.postcode(), in.country(), contact, in.mobile(), sms),
                FormTraces.NONE,
                ClientAddress.of(request));
        return Response.accepted(new Accepted(
                        "Thank you. We have sent a link to this address: your signature counts once you follow it."))
                .build();
    }
}
