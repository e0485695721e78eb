package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cofile.workflow.campaign.CampaignService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A petition's confirmed signatures as CSV for delivery: to the campaign's coalition only. */
@Path("/petitions")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiToken")
public class PetitionsResource {

    @Inject
    private CampaignService campaigns;

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
}
