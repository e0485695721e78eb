package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.EmailKey;
import org.cofile.domain.campaign.Petition;
import org.cofile.domain.campaign.SignOnLetter;
import org.cofile.domain.campaign.SignatureBlock;
import org.cofile.domain.company.Company;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.campaign.CampaignService;
import org.cofile.workflow.campaign.LetterService;
import org.cofile.workflow.campaign.SignatureScreening;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A coalition's campaigns — the companies they target, the resolutions they carry, their letters and petitions, and
 * whether their public page shows: its admins run them, its members follow them.
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

    public record CompanyView(long id, String name) {

        static CompanyView of(Company company) {
            return new CompanyView(company.getId(), company.getName());
        }
    }

    /** A letter of the campaign: how many organizations signed, how many are approved to print. */
    public record LetterLineView(
            long id,
            Long setId,
            long companyId,
            String company,
            String title,
            boolean open,
            LocalDate deliveredOn,
            long signed,
            long approved) {

        static LetterLineView of(CampaignService.LetterLine line) {
            var letter = line.letter();
            return new LetterLineView(
                    letter.getId(),
                    letter.getLetterSet() == null ? null : letter.getLetterSet().getId(),
                    letter.getCompany().getId(),
                    letter.getCompany().getName(),
                    letter.getTitle(),
                    line.open(),
                    letter.getDeliveredOn(),
                    line.signed(),
                    line.approved());
        }
    }

    /** A resolution the campaign carries; {@code support} is the SEC formula's percentage once the vote is recorded. */
    public record ResolutionLineView(
            long id,
            long companyId,
            String company,
            String title,
            LocalDate meetingDate,
            ResolutionState state,
            BigDecimal support) {

        static ResolutionLineView of(CampaignService.ResolutionLine line) {
            var r = line.resolution();
            return new ResolutionLineView(
                    r.getId(),
                    r.getCompany().getId(),
                    r.getCompany().getName(),
                    r.getText().getTitle(),
                    r.getMeeting().getMeetingDate(),
                    r.getState(),
                    line.support());
        }
    }

    public record CampaignView(
            long id,
            long coalitionId,
            String title,
            String goal,
            boolean published,
            List<CompanyView> targets,
            List<PetitionView> petitions,
            List<LetterLineView> letters,
            List<ResolutionLineView> resolutions) {

        static CampaignView of(CampaignService.CampaignPage page) {
            Campaign campaign = page.campaign();
            return new CampaignView(
                    campaign.getId(),
                    campaign.getCoalition().getId(),
                    campaign.getTitle(),
                    campaign.getGoal(),
                    campaign.isPublished(),
                    page.targets().stream().map(CompanyView::of).toList(),
                    page.petitions().stream()
                            .map(p -> PetitionView.of(p.petition(), p.confirmedSignatures(), p.open()))
                            .toList(),
                    page.letters().stream().map(LetterLineView::of).toList(),
                    page.resolutions().stream().map(ResolutionLineView::of).toList());
        }
    }

    public record Target(String companyId) {}

    public record Included(String resolutionId) {}

    public record Publication(String published) {}

    public record DayView(LocalDate day, long signatures) {}

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

    /** The campaign targets the company (again: no change). */
    @POST
    @Path("/{id}/targets")
    public CampaignView addTarget(@PathParam("id") long id, Target body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        var company = fields.requiredCount("companyId", in.companyId());
        fields.verify();
        campaigns.addTarget(id, company);
        return get(id);
    }

    /** No longer a target; 409 while a letter or resolution of the campaign goes to the company. */
    @DELETE
    @Path("/{id}/targets/{companyId}")
    public Response dropTarget(@PathParam("id") long id, @PathParam("companyId") long companyId) {
        campaigns.dropTarget(id, companyId);
        return Response.noContent().build();
    }

    /** One of the coalition's resolutions joins the campaign; a second time is 409. */
    @POST
    @Path("/{id}/resolutions")
    public CampaignView includeResolution(@PathParam("id") long id, Included body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        var resolution = fields.requiredCount("resolutionId", in.resolutionId());
        fields.verify();
        campaigns.includeResolution(id, resolution);
        return get(id);
    }

    @DELETE
    @Path("/{id}/resolutions/{resolutionId}")
    public Response excludeResolution(@PathParam("id") long id, @PathParam("resolutionId") long resolutionId) {
        campaigns.excludeResolution(id, resolutionId);
        return Response.noContent().build();
    }

    /** {@code {"published": true}} shows the public page at {@code /api/public/campaigns/{id}}; false hides it. */
    @PUT
    @Path("/{id}/publication")
    public CampaignView publish(@PathParam("id") long id, Publication body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        var published = fields.requiredFlag("published", in.published());
        fields.verify();
        campaigns.publish(id, published);
        return get(id);
    }

    /** Signatures confirmed per day over the campaign's petitions, for its dashboard. */
    @GET
    @Path("/{id}/signatures-per-day")
    public List<DayView> signaturesPerDay(@PathParam("id") long id) {
        return campaigns.signaturesPerDay(id).stream()
                .map(d -> new DayView(d.day(), d.signatures()))
                .toList();
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

    public record SetLetterRequest(String companyId, List<String> addressees) {}

    public record NewLetterSet(String title, String text, String closesOn, List<SetLetterRequest> letters) {}

    public record LetterSetView(long id, List<LettersResource.LetterView> letters) {}

    /**
     * One text to several companies, a letter each with its own addressees; where the title or text says
     * {@code {company}}, each letter says its company's name. Signed and approved as a set.
     */
    @POST
    @Path("/{id}/letter-sets")
    public Response addLetterSet(@PathParam("id") long id, NewLetterSet body) {
        var in = ApiInput.required(body);
        var fields = new RequestFields();
        fields.optionalText("title", in.title(), SignOnLetter.TITLE_MAX);
        fields.optionalText("text", in.text(), SignOnLetter.TEXT_MAX);
        var closesOn = fields.optionalDate("closesOn", in.closesOn());
        var lines = fields.boundedList("letters", in.letters() == null ? List.of() : in.letters());
        var companies = new ArrayList<LetterService.SetLetter>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var field = "letters[" + i + "]";
            if (line == null) {
                fields.reject(field, "must be an object with companyId and addressees");
                continue;
            }
            var company = fields.requiredCount(field + ".companyId", line.companyId());
            var addressees = fields.boundedList(
                    field + ".addressees", line.addressees() == null ? List.of() : line.addressees());
            companies.add(new LetterService.SetLetter(company, addressees));
        }
        fields.verify();
        var created = letters.createSet(id, in.title(), in.text(), companies, closesOn);
        return Response.created(URI.create("letters/" + created.get(0).getId()))
                .entity(new LetterSetView(
                        created.get(0).getLetterSet().getId(),
                        created.stream()
                                .map(l -> LettersResource.LetterView.of(l, List.of()))
                                .toList()))
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
