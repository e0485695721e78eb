package org.cofile.web.companies;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Role;
import org.cofile.web.shared.FormErrors;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.company.CompanyData;
import org.cofile.workflow.company.CompanyService;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.ConflictException;
import org.cofile.workflow.shared.InvalidInputException;
import org.cofile.workflow.shared.NotFoundException;

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
    private FormErrors formErrors;

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
        try {
            id = Requests.idParameter("Company").orElse(null);
            if (id == null) {
                caller.require(Role.FILER);
                company = new CompanyData();
            } else {
                company = CompanyData.of(companies.get(id));
                loadMeetingsAndHistory();
            }
        } catch (NotFoundException e) {
            Requests.refuse(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException e) {
            Requests.refuse(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    public String save() {
        try {
            if (id == null) {
                companies.create(company);
            } else {
                companies.update(id, company);
            }
        } catch (ConflictException e) {
            formErrors.show("company", PAGE, e);
            return null;
        } catch (InvalidInputException e) {
            formErrors.show("company", PAGE, e);
            return null;
        } catch (AccessDeniedException e) {
            // A member who is no filer sees the form read-only; a hand-made post is refused here.
            Requests.refuse(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        messages.flash(PAGE + ".saved", company.getName());
        return "/companies/list?faces-redirect=true";
    }

    public void scheduleMeeting() {
        try {
            companies.scheduleMeeting(id, meetingDate, proxyReleaseDate, announcedProposalDeadline);
        } catch (ConflictException e) {
            formErrors.show("meetings", PAGE, e);
            return;
        } catch (InvalidInputException e) {
            formErrors.show("meetings", PAGE, e);
            return;
        } catch (AccessDeniedException e) {
            Requests.refuse(HttpServletResponse.SC_FORBIDDEN);
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
