package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.campaign.LetterSignatory;
import org.cofile.domain.campaign.SignOnLetter;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.campaign.LetterService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A campaign's sign-on letters: an organization's admin signs for it (once: a second time is 409), the coalition's
 * admins approve who prints and record the delivery, and the PDF prints the approved signatories in columns.
 */
@Path("/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiToken")
public class LettersResource {

    @Inject
    private LetterService letters;

    public record SignatoryView(
            long organizationId, String organization, String printedName, boolean approved, Instant signedAt) {

        static SignatoryView of(LetterSignatory signatory) {
            return new SignatoryView(
                    signatory.getOrganization().getId(),
                    signatory.getOrganization().getName(),
                    signatory.getPrintedName(),
                    signatory.isApproved(),
                    signatory.getSignedAt());
        }
    }

    public record LetterView(
            long id,
            long campaignId,
            Long setId,
            long companyId,
            String company,
            String title,
            List<String> addressees,
            String text,
            LocalDate closesOn,
            LocalDate deliveredOn,
            String deliveredTo,
            String deliveredHow,
            String companyAnswer,
            List<SignatoryView> signatories) {

        static LetterView of(SignOnLetter letter, List<LetterSignatory> signatories) {
            return new LetterView(
                    letter.getId(),
                    letter.getCampaign().getId(),
                    letter.getLetterSet() == null ? null : letter.getLetterSet().getId(),
                    letter.getCompany().getId(),
                    letter.getCompany().getName(),
                    letter.getTitle(),
                    letter.getAddressees(),
                    letter.getText(),
                    letter.getClosesOn(),
                    letter.getDeliveredOn(),
                    letter.getDeliveredTo(),
                    letter.getDeliveredHow(),
                    letter.getCompanyAnswer(),
                    signatories.stream().map(SignatoryView::of).toList());
        }
    }

    public record Signing(String printedName) {}

    public record Delivery(String deliveredOn, String to, String how, String answer) {}

    @GET
    @Path("/{id}")
    public LetterView get(@PathParam("id") long id) {
        var page = letters.page(id);
        return LetterView.of(page.letter(), page.signatories());
    }

    /** The caller's organization signs; a letter of a set is signed with the others of the set still open. */
    @POST
    @Path("/{id}/signatories")
    public Response sign(@PathParam("id") long id, Signing body) {
        var printedName = body == null ? null : body.printedName();
        var fields = new RequestFields();
        fields.optionalText("printedName", printedName, LetterSignatory.PRINTED_NAME_MAX);
        fields.verify();
        var signatory = letters.sign(id, printedName);
        return Response.created(URI.create("letters/" + id))
                .entity(SignatoryView.of(signatory))
                .build();
    }

    @POST
    @Path("/{id}/signatories/{organizationId}/approval")
    public SignatoryView approve(@PathParam("id") long id, @PathParam("organizationId") long organizationId) {
        return SignatoryView.of(letters.approve(id, organizationId));
    }

    @PUT
    @Path("/{id}/delivery")
    public LetterView recordDelivery(@PathParam("id") long id, Delivery body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        var on = fields.requiredDate("deliveredOn", in.deliveredOn());
        fields.optionalText("to", in.to(), SignOnLetter.DELIVERY_MAX);
        fields.optionalText("how", in.how(), SignOnLetter.DELIVERY_MAX);
        fields.optionalText("answer", in.answer(), SignOnLetter.DELIVERY_MAX);
        fields.verify();
        letters.recordDelivery(id, on, in.to(), in.how(), in.answer());
        return get(id);
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("id") long id) {
        return Pdfs.attachment(letters.pdf(id), "letter-" + id + ".pdf");
    }
}
