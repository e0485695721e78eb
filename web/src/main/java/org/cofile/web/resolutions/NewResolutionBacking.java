package org.cofile.web.resolutions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.company.Company;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionTemplate;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.RuleSetRegistry;
import org.cofile.domain.rules.WordCountVerdict;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.workflow.company.CompanyService;
import org.cofile.workflow.resolution.ResolutionData;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.PageRequest;

/**
 * Drafts a new resolution ({@code resolutions/new.xhtml}): where it goes (coalition, company, meeting, lead filer),
 * optionally from a template, then its text with the live word counter. Saving makes version 1 and opens the
 * resolution's page.
 */
@Named
@ViewScoped
public class NewResolutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "resolutions_new";

    @Inject
    private ResolutionService resolutions;

    @Inject
    private CompanyService companies;

    @Inject
    private PageActions pageActions;

    @Inject
    private org.cofile.web.shell.Messages messages;

    private ResolutionData data = new ResolutionData();
    private String templateId;
    private List<Coalition> coalitions;
    private List<Company> companyChoices;
    private Long createdId;

    @PostConstruct
    void init() {
        coalitions = resolutions.draftingCoalitions();
        companyChoices =
                companies.list(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows();
        data.setKind(ResolutionKind.BOARD_REVIEW);
        if (coalitions.size() == 1) {
            data.setCoalitionId(coalitions.get(0).getId());
        }
    }

    /** Before the first render: 403 for a member who may draft in none of its coalitions. */
    public void load() {
        pageActions.load(() -> {
            if (coalitions.isEmpty()) {
                throw new AccessDeniedException("May draft in no coalition");
            }
        });
    }

    /** Fills the text from the chosen template, keeping where the resolution goes. */
    public void applyTemplate() {
        ResolutionTemplate.find(templateId == null ? "" : templateId).ifPresent(template -> {
            var filled = ResolutionData.from(template);
            filled.setCoalitionId(data.getCoalitionId());
            filled.setCompanyId(data.getCompanyId());
            filled.setMeetingId(data.getMeetingId());
            filled.setLeadFilerOrganizationId(data.getLeadFilerOrganizationId());
            filled.setJurisdiction(data.getJurisdiction());
            data = filled;
        });
    }

    /** Another company: its meetings, and the jurisdiction of its country unless the member chooses another. */
    public void companyChanged() {
        data.setMeetingId(null);
        var company = companyChoices.stream()
                .filter(c -> c.getId().equals(data.getCompanyId()))
                .findFirst();
        data.setJurisdiction(company.flatMap(c -> Jurisdiction.ofCompanyCountry(c.getCountryCode()))
                .map(Jurisdiction::code)
                .orElse(data.getJurisdiction()));
    }

    public String create() {
        boolean saved = pageActions.submit("draft", PAGE, () -> {
            try {
                createdId = resolutions.create(data).getId();
            } catch (InvalidInputException e) {
                throw e.withFieldsRenamed(field -> field.replace("boardReview.", ""));
            }
        });
        return saved ? "/resolutions/view?faces-redirect=true&id=" + createdId : null;
    }

    public WordCountVerdict getWordCount() {
        return WordCounterPanel.count(data, data.getKind(), meetingDate());
    }

    private LocalDate meetingDate() {
        return getMeetingChoices().stream()
                .filter(m -> m.getId().equals(data.getMeetingId()))
                .map(AnnualMeeting::getMeetingDate)
                .findFirst()
                .orElse(null);
    }

    public String getWordCountText() {
        return WordCounterPanel.text(messages, getWordCount());
    }

    public String getComposedClause() {
        return data.composedClause();
    }

    public boolean isBoardReview() {
        return data.getKind() == ResolutionKind.BOARD_REVIEW;
    }

    public List<AnnualMeeting> getMeetingChoices() {
        return data.getCompanyId() == null ? List.of() : companies.meetingsOf(data.getCompanyId());
    }

    public List<Organization> getLeadFilerChoices() {
        return data.getCoalitionId() == null ? List.of() : resolutions.leadFilerChoices(data.getCoalitionId());
    }

    public List<Jurisdiction> getJurisdictions() {
        return RuleSetRegistry.standard().jurisdictions().stream().toList();
    }

    public List<ResolutionTemplate> getTemplates() {
        return ResolutionTemplate.all();
    }

    public List<ResolutionKind> getKinds() {
        return List.of(ResolutionKind.values());
    }

    public List<Coalition> getCoalitions() {
        return coalitions;
    }

    public List<Company> getCompanyChoices() {
        return companyChoices;
    }

    public ResolutionData getData() {
        return data;
    }

    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }
}
