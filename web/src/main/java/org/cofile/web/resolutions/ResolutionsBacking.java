package org.cofile.web.resolutions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.company.Company;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.web.rest.ResolutionExports;
import org.cofile.web.shared.ServiceLazyModel;
import org.cofile.workflow.company.CompanyService;
import org.cofile.workflow.export.ResolutionReportService;
import org.cofile.workflow.resolution.ResolutionFilter;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.resolution.ResolutionSummary;
import org.cofile.workflow.shared.Page;
import org.cofile.workflow.shared.PageRequest;
import org.omnifaces.util.Faces;

/** The resolutions of the member's coalitions, paged and filtered by the database. */
@Named
@ViewScoped
public class ResolutionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResolutionService resolutions;

    @Inject
    private CompanyService companies;

    @Inject
    private ResolutionReportService reports;

    private ServiceLazyModel<ResolutionSummary> model;
    private ResolutionState state;
    private ResolutionKind kind;
    private Long companyId;
    private Long meetingId;
    private String q;
    private List<Company> companyChoices;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(this::page, ResolutionSummary::id);
        companyChoices =
                companies.list(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows();
    }

    private Page<ResolutionSummary> page(PageRequest request) {
        return resolutions.list(request, filter());
    }

    private ResolutionFilter filter() {
        return new ResolutionFilter(state, companyId, null, kind, meetingId, q);
    }

    /** The list as filtered on the page, with states and results, as a download in {@code format} (CSV, XLSX, PDF). */
    public void export(String format) {
        var chosen = ResolutionExports.Format.of(format).orElse(ResolutionExports.Format.CSV);
        Faces.sendFile(chosen.render(reports, filter()), chosen.fileName(), true);
    }

    /** A new company means other meetings: the meeting filter starts again. */
    public void companyChanged() {
        meetingId = null;
    }

    public List<AnnualMeeting> getMeetingChoices() {
        return companyId == null ? List.of() : companies.meetingsOf(companyId);
    }

    public ServiceLazyModel<ResolutionSummary> getModel() {
        return model;
    }

    public List<ResolutionState> getStates() {
        return List.of(ResolutionState.values());
    }

    public List<ResolutionKind> getKinds() {
        return List.of(ResolutionKind.values());
    }

    public List<Company> getCompanyChoices() {
        return companyChoices;
    }

    public ResolutionState getState() {
        return state;
    }

    public void setState(ResolutionState state) {
        this.state = state;
    }

    public ResolutionKind getKind() {
        return kind;
    }

    public void setKind(ResolutionKind kind) {
        this.kind = kind;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
