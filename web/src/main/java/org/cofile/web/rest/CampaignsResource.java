package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.EmailKey;
import org.cofile.domain.campaign.Petition;
import org.cofile.domain.campaign.SignOnLetter;
import org.cofile.domain.campaign.SignatureBlock;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.campaign.CampaignService;
import org.cofile.workflow.campaign.LetterService;
import org.cofile.workflow.campaign.SignatureScreening;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A coalition's campaigns and their petitions: its admins start them, its members follow them.
 */
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@SecurityRequirement(name = "apiToken")
public class CampaignsResource {

    @Inject
    private CampaignService campaigns;

    @Inject
    private LetterService letters;

    @Inject
    private SignatureScreening screening;

    public record NewCampaign(String coalitionId, String title, String goal) {}

    public record NewPetition(String title, String text, String closesOn) {}

    public record PetitionView(
            long id, String title, String text, LocalDate closesOn, long confirmedSignatures, boolean open) {

        static PetitionView of(Petition petition, long confirmed, boolean open) {
            return new PetitionView(
                    petition.getId(), petition.getTitle(), petition.getText(), petition.getClosesOn(), confirmed, open);
        }
    }

    public record CampaignView(long id, long coalitionId, String title, String goal, List<PetitionView> petitions) {

        static CampaignView of(CampaignService.CampaignPage page) {
            Campaign campaign = page.campaign();
            return new CampaignView(
                    campaign.getId(),
                    campaign.getCoalition().getId(),
                    campaign.getTitle(),
                    campaign.getGoal(),
                    page.petitions().stream()
                            .map(p -> PetitionView.of(p.petition(), p.confirmedSignatures(), p.open()))
                            .toList());
        }
    }

    @POST
    public Response create(NewCampaign body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        var coalition = fields.requiredCount("coalitionId", in.coalitionId());
        fields.optionalText("title", in.title(), Campaign.TITLE_MAX);
        fields.optionalText("goal", in.goal(), Campaign.GOAL_MAX);
        fields.verify();
        var campaign = campaigns.create(coalition, in.title(), in.goal());
        return Response.created(URI.create("campaigns/" + campaign.getId()))
                .entity(CampaignView.of(campaigns.page(campaign.getId())))
                .build();
    }

    @GET
    @Path("/{id}")
    public CampaignView get(@PathParam("id") long id) {
        return CampaignView.of(campaigns.page(id));
    }

    @POST
    @Path("/{id}/petitions")
    public Response addPetition(@PathParam("id") long id, NewPetition body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        fields.optionalText("title", in.title(), Petition.TITLE_MAX);
        fields.optionalText("text", in.text(), Petition.TEXT_MAX);
        var closesOn = fields.optionalDate("closesOn", in.closesOn());
        fields.verify();
        var petition = campaigns.addPetition(id, in.title(), in.text(), closesOn);
        return Response.created(URI.create("public/petitions/" + petition.getId()))
                .entity(PetitionView.of(petition, 0, true))
                .build();
    }

    public record NewLetter(String companyId, String title, List<String> addressees, String text, String closesOn) {}

    /** A letter to one company's executives; the trio of 2019 was three of them, one per company. */
    @POST
    @Path("/{id}/letters")
    public Response addLetter(@PathParam("id") long id, NewLetter body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        var company = fields.requiredCount("companyId", in.companyId());
        fields.optionalText("title", in.title(), SignOnLetter.TITLE_MAX);
        fields.optionalText("text", in.text(), SignOnLetter.TEXT_MAX);
        var addressees = fields.boundedList("addressees", in.addressees() == null ? List.of() : in.addressees());
        var closesOn = fields.optionalDate("closesOn", in.closesOn());
        fields.verify();
        var letter = letters.create(id, company, in.title(), addressees, in.text(), closesOn);
        return Response.created(URI.create("letters/" + letter.getId()))
                .entity(LettersResource.LetterView.of(letter, List.of()))
                .build();
    }

    public record NewBlock(String entry, String note) {}

    public record BlockView(long id, String entry, String note, Instant createdAt) {

        static BlockView of(SignatureBlock block) {
            return new BlockView(block.getId(), block.getEntry(), block.getNote(), block.getCreatedAt());
        }
    }

    /** The addresses and domains whose signatures are held aside: to the coalition's admins. */
    @GET
    @Path("/{id}/block-list")
    public List<BlockView> blockList(@PathParam("id") long id) {
        return screening.blockList(id).stream().map(BlockView::of).toList();
    }

    @POST
    @Path("/{id}/block-list")
    public Response block(@PathParam("id") long id, NewBlock body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        fields.optionalText("entry", in.entry(), EmailKey.MAX_LENGTH);
        fields.optionalText("note", in.note(), SignatureBlock.NOTE_MAX);
        fields.verify();
        var block = screening.block(id, in.entry(), in.note());
        return Response.created(URI.create("campaigns/" + id + "/block-list/" + block.getId()))
                .entity(BlockView.of(block))
                .build();
    }

    @DELETE
    @Path("/{id}/block-list/{entryId}")
    public Response unblock(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        screening.unblock(id, entryId);
        return Response.noContent().build();
    }
}
