package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cofile.domain.campaign.HoldReason;
import org.cofile.domain.campaign.Signature;
import org.cofile.domain.campaign.SignatureBlock;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.campaign.CampaignService;
import org.cofile.workflow.campaign.SignatureScreening;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A petition's signatures, to the campaign's coalition only: the confirmed ones as CSV for delivery, and for its
 * admins those held aside as suspicious, previewed by a filter and then invalidated or released together.
 */
@Path("/petitions")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiToken")
public class PetitionsResource {

    @Inject
    private CampaignService campaigns;

    @Inject
    private SignatureScreening screening;

    /** The confirmed signatures, for delivery; streamed, so that 150,000 of them need no memory of their size. */
    @GET
    @Path("/{id}/signatures.csv")
    @Produces({"text/csv", "application/problem+json"})
    public Response signatures(@PathParam("id") long id) {
        // Checked before the first byte goes out, so that a refusal is a proper 404 and not a cut stream.
        campaigns.requireVisiblePetition(id);
        StreamingOutput body = out -> campaigns.exportConfirmed(id, out);
        return Response.ok(body, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"petition-" + id + "-signatures.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    public record HeldView(
            long id,
            String name,
            String email,
            String postcode,
            String country,
            Instant signedAt,
            Set<HoldReason> heldFor) {

        static HeldView of(Signature s) {
            return new HeldView(
                    s.getId(),
                    s.getName(),
                    s.getEmail(),
                    s.getPostcode(),
                    s.getCountry(),
                    s.getSignedAt(),
                    s.getHeldFor());
        }
    }

    /** What a decision with the same filter and {@code upToId} reaches. */
    public record PreviewView(long count, long upToId, List<HeldView> newest, Map<HoldReason, Long> allHeldByReason) {}

    /** A decision on the held signatures a preview showed. */
    public record Decision(String reason, String from, String upToId) {}

    public record Invalidated(int invalidated) {}

    public record Released(int released, long remaining) {}

    @GET
    @Path("/{id}/held")
    @Produces(MediaType.APPLICATION_JSON)
    public PreviewView held(
            @PathParam("id") long id, @QueryParam("reason") String reason, @QueryParam("from") String from) {
        var filter = filter(reason, from, false, null);
        var preview = screening.preview(id, filter.filter());
        return new PreviewView(
                preview.count(),
                preview.upToId(),
                preview.sample().stream().map(HeldView::of).toList(),
                preview.allHeldByReason());
    }

    /** Deletes the held signatures the preview showed: with everything they hold, for good. */
    @POST
    @Path("/{id}/held/invalidation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Invalidated invalidate(@PathParam("id") long id, Decision body) {
        var in = ApiInput.required(body);
        var filter = filter(in.reason(), in.from(), true, in.upToId());
        return new Invalidated(screening.invalidate(id, filter.filter(), filter.upToId()));
    }

    /** Mails the held signatures the preview showed their links, {@value SignatureScreening#RELEASE_MAX} at a time. */
    @POST
    @Path("/{id}/held/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Released release(@PathParam("id") long id, Decision body) {
        var in = ApiInput.required(body);
        var filter = filter(in.reason(), in.from(), true, in.upToId());
        var released = screening.release(id, filter.filter(), filter.upToId());
        return new Released(released.released(), released.remaining());
    }

    private record Filter(SignatureScreening.HeldFilter filter, Long upToId) {}

    /** The filter's fields, every problem told at once; {@code upToId} required for a decision. */
    private static Filter filter(String reason, String from, boolean decision, String upToId) {
        var fields = new RequestFields();
        var why = fields.choice("reason", reason, HoldReason.class, null);
        fields.optionalText("from", from, 254);
        if (from != null && !from.isBlank()) {
            try {
                SignatureBlock.normalized(from);
            } catch (InvalidInputException e) {
                fields.reject("from", e.reason());
            }
        }
        Long upTo = decision ? fields.requiredCount("upToId", upToId) : null;
        fields.verify();
        return new Filter(new SignatureScreening.HeldFilter(why, from), upTo);
    }
}
