package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.company.Company;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.workflow.campaign.CampaignService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A published campaign's public page, without an account or a token: its goal, the companies it targets, its
 * petitions with their counts, how many organizations each letter carries, and the resolutions the companies
 * received with their votes. No signer's data, no draft; a campaign not published is 404.
 */
@Path("/public/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class PublicCampaignsResource {

    @Inject
    private CampaignService campaigns;

    public record PublicPetition(long id, String title, long confirmedSignatures, boolean open) {}

    public record PublicLetter(String company, String title, long organizations, LocalDate deliveredOn) {}

    public record PublicResolution(
            String company, String title, LocalDate meetingDate, ResolutionState state, BigDecimal support) {}

    public record PublicCampaign(
            long id,
            String title,
            String goal,
            List<String> targets,
            List<PublicPetition> petitions,
            List<PublicLetter> letters,
            List<PublicResolution> resolutions) {}

    @GET
    @Path("/{id}")
    public PublicCampaign campaign(@PathParam("id") long id) {
        var page = campaigns.publicPage(id);
        return new PublicCampaign(
                page.campaign().getId(),
                page.campaign().getTitle(),
                page.campaign().getGoal(),
                page.targets().stream().map(Company::getName).toList(),
                page.petitions().stream()
                        .map(p -> new PublicPetition(
                                p.petition().getId(), p.petition().getTitle(), p.confirmedSignatures(), p.open()))
                        .toList(),
                page.letters().stream()
                        .map(l -> new PublicLetter(
                                l.letter().getCompany().getName(),
                                l.letter().getTitle(),
                                l.approved(),
                                l.letter().getDeliveredOn()))
                        .toList(),
                page.resolutions().stream()
                        .map(r -> new PublicResolution(
                                r.resolution().getCompany().getName(),
                                r.resolution().getText().getTitle(),
                                r.resolution().getMeeting().getMeetingDate(),
                                r.resolution().getState(),
                                r.support()))
                        .toList());
    }
}
