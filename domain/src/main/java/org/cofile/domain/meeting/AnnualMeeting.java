package org.cofile.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import org.cofile.domain.company.Company;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * One annual meeting of a company. The date its proxy statement was released fixes next year's proposal deadline;
 * a deadline the company announced itself is kept for the years when the rule gives only "a reasonable time".
 */
@Entity
@Table(name = "annual_meeting", uniqueConstraints = @UniqueConstraint(columnNames = {"company_id", "meeting_date"}))
@NamedQuery(
        name = "AnnualMeeting.listUpcoming",
        query =
                "SELECT m FROM AnnualMeeting m JOIN FETCH m.company WHERE m.meetingDate >= :from ORDER BY m.meetingDate")
@NamedQuery(
        name = "AnnualMeeting.countUpcoming",
        query = "SELECT COUNT(m) FROM AnnualMeeting m WHERE m.meetingDate >= :from")
@NamedQuery(
        name = "AnnualMeeting.listUpcomingOfCompanies",
        query = "SELECT m FROM AnnualMeeting m WHERE m.company.id IN :companies AND m.meetingDate >= :from"
                + " ORDER BY m.meetingDate")
@NamedQuery(
        name = "AnnualMeeting.listByCompany",
        query = "SELECT m FROM AnnualMeeting m WHERE m.company = :company ORDER BY m.meetingDate DESC")
@NamedQuery(
        name = "AnnualMeeting.listEarlier",
        query = "SELECT m FROM AnnualMeeting m WHERE m.company = :company AND m.meetingDate < :before"
                + " ORDER BY m.meetingDate DESC")
@NamedQuery(
        name = "AnnualMeeting.listEarlierOfCompanies",
        query = "SELECT m FROM AnnualMeeting m WHERE m.company.id IN :companies AND m.meetingDate < :before"
                + " ORDER BY m.meetingDate DESC")
public class AnnualMeeting extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "proxy_release_date")
    private LocalDate proxyReleaseDate;

    @Column(name = "announced_proposal_deadline")
    private LocalDate announcedProposalDeadline;

    protected AnnualMeeting() {}

    public AnnualMeeting(Company company, LocalDate meetingDate) {
        if (company == null) {
            throw new InvalidInputException("company", "A meeting belongs to a company.");
        }
        if (meetingDate == null) {
            throw new InvalidInputException("meetingDate", "A meeting needs a date.");
        }
        this.company = company;
        this.meetingDate = Bounds.date(meetingDate, "meetingDate");
    }

    /** The proxy statement for a meeting is released before the meeting, never after it. */
    public void recordProxyRelease(LocalDate releaseDate) {
        Bounds.date(releaseDate, "proxyReleaseDate");
        if (releaseDate != null && releaseDate.isAfter(meetingDate)) {
            throw new InvalidInputException(
                    "proxyReleaseDate", "The proxy statement is released before the meeting of " + meetingDate + ".");
        }
        this.proxyReleaseDate = releaseDate;
    }

    public void announceProposalDeadline(LocalDate deadline) {
        Bounds.date(deadline, "announcedProposalDeadline");
        if (deadline != null && deadline.isAfter(meetingDate)) {
            throw new InvalidInputException(
                    "announcedProposalDeadline",
                    "A proposal deadline falls before the meeting of " + meetingDate + ".");
        }
        this.announcedProposalDeadline = deadline;
    }

    public Company getCompany() {
        return company;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public LocalDate getProxyReleaseDate() {
        return proxyReleaseDate;
    }

    public LocalDate getAnnouncedProposalDeadline() {
        return announcedProposalDeadline;
    }

    @Override
    public String auditLabel() {
        return company.getTicker() + " " + meetingDate;
    }
}
