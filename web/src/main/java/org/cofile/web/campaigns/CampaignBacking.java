package org.cofile.web.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.campaign.CampaignService;
import org.cofile.workflow.shared.NotFoundException;
import org.omnifaces.util.Faces;

/**
 * A campaign's page ({@code campaigns/view.xhtml?id=N}): its petitions with their live counts and public pages, the
 * confirmed signatures as CSV for the coalition, and a new petition for its admins.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "campaigns";

    @Inject
    private CampaignService campaigns;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private long id;
    private CampaignService.CampaignPage page;
    private String title;
    private String text;
    private LocalDate closesOn;

    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Campaign").orElseThrow(() -> new NotFoundException("Campaign", "?"));
            page = campaigns.page(id);
        });
    }

    public String addPetition() {
        if (!pageActions.submit("petition", PAGE, () -> campaigns.addPetition(id, title, text, closesOn))) {
            return null;
        }
        messages.flash("campaigns.petitionCreated");
        return "/campaigns/view?faces-redirect=true&id=" + id;
    }

    public void download(long petitionId) {
        pageActions.load(() -> {
            var out = new ByteArrayOutputStream();
            campaigns.exportConfirmed(petitionId, out);
            Faces.sendFile(out.toByteArray(), "petition-" + petitionId + "-signatures.csv", true);
        });
    }

    public CampaignService.CampaignPage getPage() {
        return page;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
