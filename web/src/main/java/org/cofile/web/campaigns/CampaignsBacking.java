package org.cofile.web.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.campaign.CampaignService;

/** The campaigns page ({@code campaigns/list.xhtml}): the coalition's campaigns, and a new one for its admins. */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "campaigns";

    @Inject
    private CampaignService campaigns;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private List<Campaign> list;
    private List<Coalition> coalitions;
    private Long coalitionId;
    private String title;
    private String goal;

    public void load() {
        list = campaigns.list();
        coalitions = campaigns.runnableCoalitions();
        if (coalitionId == null && !coalitions.isEmpty()) {
            coalitionId = coalitions.get(0).getId();
        }
    }

    public String create() {
        Campaign[] created = new Campaign[1];
        if (!pageActions.submit("campaign", PAGE, () -> {
            // A coalition the member does not run, or none chosen, is a field to correct on this form.
            if (coalitionId == null
                    || coalitions.stream().noneMatch(c -> c.getId().equals(coalitionId))) {
                throw new InvalidInputException("coalitionId", "Choose one of the coalitions you run.");
            }
            created[0] = campaigns.create(coalitionId, title, goal);
        })) {
            return null;
        }
        messages.flash("campaigns.created");
        return "/campaigns/view?faces-redirect=true&id=" + created[0].getId();
    }

    public List<Campaign> getList() {
        return list;
    }

    public List<Coalition> getCoalitions() {
        return coalitions;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(Long coalitionId) {
        this.coalitionId = coalitionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }
}
