package org.cofile.web.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.campaign.LetterSet;
import org.cofile.domain.company.Company;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.campaign.CampaignService;
import org.cofile.workflow.campaign.LetterService;
import org.cofile.workflow.resolution.ResolutionFilter;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.PageRequest;
import org.omnifaces.util.Faces;

/**
 * A campaign's page and dashboard ({@code campaigns/view.xhtml?id=N}): charts of its signatures, letters and
 * resolutions; the companies it targets, the resolutions it carries, its letters and petitions with their counts; for
 * its admins, the forms that add each, and the switch that publishes its public page.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "campaigns";
    private static final Pattern LETTER_FIELD = Pattern.compile("letters\\[(\\d+)]\\.(\\w+)");

    /** Letters a new set starts with: the trio of 2019. */
    static final int FIRST_ROWS = 3;

    @Inject
    private CampaignService campaigns;

    @Inject
    private AuditService audit;

    @Inject
    private LetterService letters;

    @Inject
    private ResolutionService resolutions;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private long id;
    private CampaignService.CampaignPage page;
    private String signaturesChart;
    private List<AuditEntry> history;
    private String title;
    private String text;
    private LocalDate closesOn;
    private Company target;
    private Long resolutionId;
    private String letterTitle;
    private String letterText;
    private LocalDate letterClosesOn;
    private List<LetterRow> letterRows;
    private List<Resolution> resolutionChoices;

    /** One company of a new letter and its addressees, one per line. */
    public static class LetterRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private Company company;
        private String addressees;

        public Company getCompany() {
            return company;
        }

        public void setCompany(Company company) {
            this.company = company;
        }

        Long companyId() {
            return company == null ? null : company.getId();
        }

        public String getAddressees() {
            return addressees;
        }

        public void setAddressees(String addressees) {
            this.addressees = addressees;
        }
    }

    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Campaign").orElseThrow(() -> new NotFoundException("Campaign", "?"));
            refresh();
            letterRows = new ArrayList<>();
            for (int i = 0; i < FIRST_ROWS; i++) {
                letterRows.add(new LetterRow());
            }
        });
    }

    public String addPetition() {
        if (!pageActions.submit("petition", PAGE, () -> campaigns.addPetition(id, title, text, closesOn))) {
            return null;
        }
        messages.flash("campaigns.petitionCreated");
        return self();
    }

    public String addTarget() {
        if (!pageActions.submit("target", PAGE, () -> {
            if (target == null) {
                throw new InvalidInputException("companyId", messages.text("campaigns.invalid.chooseCompany"));
            }
            campaigns.addTarget(id, target.getId());
        })) {
            return null;
        }
        return self();
    }

    public String dropTarget(long companyId) {
        if (!pageActions.submit("targets", PAGE, () -> campaigns.dropTarget(id, companyId))) {
            return null;
        }
        return self();
    }

    public String includeResolution() {
        if (!pageActions.submit("resolution", PAGE, () -> {
            if (resolutionId == null) {
                throw new InvalidInputException("resolutionId", messages.text("campaigns.invalid.chooseResolution"));
            }
            campaigns.includeResolution(id, resolutionId);
        })) {
            return null;
        }
        return self();
    }

    public String excludeResolution(long resolution) {
        if (!pageActions.submit("resolutions", PAGE, () -> campaigns.excludeResolution(id, resolution))) {
            return null;
        }
        return self();
    }

    public String publish(boolean published) {
        if (!pageActions.submit("publication", PAGE, () -> campaigns.publish(id, published))) {
            return null;
        }
        messages.flash(published ? "campaigns.published" : "campaigns.unpublished");
        return self();
    }

    public void addLetterRow() {
        if (letterRows.size() < LetterSet.LETTERS_MAX) {
            letterRows.add(new LetterRow());
        }
    }

    /**
     * One letter when one company is chosen, a set adapted to each when several are; rows without a company are left
     * out. A refusal names the row's fields ({@code letters[1].addressees}), shown beside that row.
     */
    public String addLetters() {
        var chosen = letterRows.stream()
                .filter(r -> r.getCompany() != null
                        || (r.getAddressees() != null && !r.getAddressees().isBlank()))
                .toList();
        if (!pageActions.submit("letter", PAGE, () -> {
            try {
                if (chosen.size() == 1) {
                    var row = chosen.get(0);
                    letters.create(id, row.companyId(), letterTitle, lines(row), letterText, letterClosesOn);
                } else {
                    letters.createSet(
                            id,
                            letterTitle,
                            letterText,
                            chosen.stream()
                                    .map(r -> new LetterService.SetLetter(r.companyId(), lines(r)))
                                    .toList(),
                            letterClosesOn);
                }
            } catch (InvalidInputException e) {
                throw e.withFieldsRenamed(field -> rowField(field, chosen));
            }
        })) {
            return null;
        }
        messages.flash("campaigns.letterCreated");
        return self();
    }

    /** A field of the n-th chosen row as the client id of its input among all rows; a single letter's as row 0's. */
    private String rowField(String field, List<LetterRow> chosen) {
        var matcher = LETTER_FIELD.matcher(field);
        if (matcher.matches()) {
            int row = letterRows.indexOf(chosen.get(Integer.parseInt(matcher.group(1))));
            return "rows:" + row + ":" + matcher.group(2);
        }
        if (chosen.size() == 1 && (field.equals("companyId") || field.equals("addressees"))) {
            return "rows:" + letterRows.indexOf(chosen.get(0)) + ":" + field;
        }
        return field;
    }

    private static List<String> lines(LetterRow row) {
        return row.getAddressees() == null
                ? List.of()
                : Arrays.asList(row.getAddressees().split("\\R"));
    }

    public void download(long petitionId) {
        pageActions.load(() -> {
            var out = new ByteArrayOutputStream();
            campaigns.exportConfirmed(petitionId, out);
            Faces.sendFile(out.toByteArray(), "petition-" + petitionId + "-signatures.csv", true);
        });
    }

    private void refresh() {
        history = null;
        page = campaigns.page(id);
        signaturesChart = CampaignCharts.signaturesPerDay(campaigns.signaturesPerDay(id), messages::text);
    }

    private String self() {
        return "/campaigns/view?faces-redirect=true&id=" + id;
    }

    /** The campaign's changes: its title and goal, targets, resolutions and publication, by whom and when. */
    public List<AuditEntry> getHistory() {
        if (page == null) {
            return List.of(); // the campaign was not found, and the page says so
        }
        if (history == null) {
            history = audit.historyOf("Campaign", id);
        }
        return history;
    }

    public CampaignService.CampaignPage getPage() {
        return page;
    }

    public String getSignaturesChart() {
        return signaturesChart;
    }

    public String getLettersChart() {
        return CampaignCharts.letters(page.letters(), messages::text);
    }

    public String getResolutionStatesChart() {
        return CampaignCharts.resolutionStates(page.resolutions(), messages::text);
    }

    public String getSupportChart() {
        return CampaignCharts.support(page.resolutions(), messages::text);
    }

    /** The coalition's resolutions not yet in the campaign. */
    public List<Resolution> getResolutionChoices() {
        if (resolutionChoices == null) {
            var coalition = page.campaign().getCoalition().getId();
            var included =
                    page.resolutions().stream().map(r -> r.resolution().getId()).toList();
            resolutionChoices =
                    resolutions
                            .listAll(
                                    new ResolutionFilter(null, null, coalition, null, null, null), PageRequest.MAX_SIZE)
                            .stream()
                            .filter(r -> !included.contains(r.getId()))
                            .toList();
        }
        return resolutionChoices;
    }

    public List<LetterRow> getLetterRows() {
        return letterRows;
    }

    public int getLettersMax() {
        return LetterSet.LETTERS_MAX;
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

    public Company getTarget() {
        return target;
    }

    public void setTarget(Company target) {
        this.target = target;
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    public String getLetterTitle() {
        return letterTitle;
    }

    public void setLetterTitle(String letterTitle) {
        this.letterTitle = letterTitle;
    }

    public String getLetterText() {
        return letterText;
    }

    public void setLetterText(String letterText) {
        this.letterText = letterText;
    }

    public LocalDate getLetterClosesOn() {
        return letterClosesOn;
    }

    public void setLetterClosesOn(LocalDate letterClosesOn) {
        this.letterClosesOn = letterClosesOn;
    }
}
