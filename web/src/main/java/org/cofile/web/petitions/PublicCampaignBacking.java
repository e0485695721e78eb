package org.cofile.web.petitions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.workflow.campaign.CampaignService;
import org.cofile.workflow.shared.NotFoundException;

/**
 * A published campaign's public page ({@code campaign.xhtml?id=N}, no sign-in): its goal, the companies it targets,
 * its petitions with their counts, the organizations on its letters, the resolutions the companies received and their
 * votes. A campaign that is not published is not found.
 */
@Named
@RequestScoped
public class PublicCampaignBacking {

    @Inject
    private CampaignService campaigns;

    @Inject
    private PageActions pageActions;

    private CampaignService.PublicCampaign campaign;

    public void load() {
        pageActions.load(() -> {
            long id = Requests.idParameter("Campaign").orElseThrow(() -> new NotFoundException("Campaign", "?"));
            campaign = campaigns.publicPage(id);
        });
    }

    public CampaignService.PublicCampaign getCampaign() {
        return campaign;
    }
}
