package org.cofile.web.companies;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Role;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.company.CompanyData;
import org.cofile.workflow.company.CompanyService;
import org.cofile.workflow.shared.Caller;

/**
 * Records a company ({@code edit.xhtml}) or corrects one ({@code edit.xhtml?id=N}), and schedules its annual
 * meetings. Every member may look; only filers and admins may save, as the service insists.
 */
@Named
@ViewScoped
public class EditCompanyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "companies_edit";

    @Inject
    private CompanyService companies;

    @Inject
    private AuditService audit;

    @Inject
    private Caller caller;

    @Inject
    private Messages messages;

    @Inject
    private PageActions pageActions;

    private Long id;
    private CompanyData company;
    private List<AnnualMeeting> meetings = List.of();
    private List<AuditEntry> history = List.of();

    @NotNull
    private LocalDate meetingDate;

    private LocalDate proxyReleaseDate;
    private LocalDate announcedProposalDeadline;

    /** Runs before the first render: 404 for an unknown company, 403 for a member who may not record one. */
    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Company").orElse(null);
            if (id == null) {
                caller.require(Role.FILER);
                company = new CompanyData();
            } else {
                company = CompanyData.of(companies.get(id));
                loadMeetingsAndHistory();
            }
        });
    }

    public String save() {
        boolean saved = pageActions.submit("company", PAGE, this::createOrUpdate);
        if (!saved) {
            return null;
        }
        messages.flash(PAGE + ".saved", company.getName());
        return "/companies/list?faces-redirect=true";
    }

    private void createOrUpdate() {
        if (id == null) {
            companies.create(company);
        } else {
            companies.update(id, company);
        }
    }

    public void scheduleMeeting() {
        boolean scheduled = pageActions.submit(
                "meetings",
                PAGE,
                () -> companies.scheduleMeeting(id, meetingDate, proxyReleaseDate, announcedProposalDeadline));
        if (!scheduled) {
            return;
        }
        messages.addGlobal(FacesMessage.SEVERITY_INFO, PAGE + ".meetings.scheduled", meetingDate.toString());
        meetingDate = null;
        proxyReleaseDate = null;
        announcedProposalDeadline = null;
        loadMeetingsAndHistory();
    }

    private void loadMeetingsAndHistory() {
        meetings = companies.meetingsOf(id);
        history = audit.historyOf("Company", id);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public CompanyData getCompany() {
        return company;
    }

    public List<AnnualMeeting> getMeetings() {
        return meetings;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public LocalDate getProxyReleaseDate() {
        return proxyReleaseDate;
    }

    public void setProxyReleaseDate(LocalDate proxyReleaseDate) {
        this.proxyReleaseDate = proxyReleaseDate;
    }

    public LocalDate getAnnouncedProposalDeadline() {
        return announcedProposalDeadline;
    }

    public void setAnnouncedProposalDeadline(LocalDate announcedProposalDeadline) {
        this.announcedProposalDeadline = announcedProposalDeadline;
    }
}
