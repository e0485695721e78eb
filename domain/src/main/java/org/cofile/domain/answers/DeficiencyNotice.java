package org.cofile.domain.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A company's deficiency notice (14a-8(f)(1)) and the proponents' cure. The engine gives both clocks: the notice is
 * due within 14 days of the company receiving the proposal, the cure within 14 days of the proponent receiving the
 * notice. Numbered per resolution, 1 for the first.
 */
@Entity
@Table(name = "deficiency_notice")
@NamedQuery(
        name = "DeficiencyNotice.listByResolution",
        query = "select d from DeficiencyNotice d where d.resolution.id = :resolution order by d.number")
@NamedQuery(
        name = "DeficiencyNotice.listOverdueOfOrganization",
        query = "select d from DeficiencyNotice d join fetch d.resolution r where d.cureSentOn is null"
                + " and d.cureDeadline < :today and (r.leadFiler.id = :organization or exists (select c from CoFiler c"
                + " where c.resolution = r and c.organization.id = :organization"
                + " and c.status = org.cofile.domain.cofiling.CoFilerStatus.JOINED)) order by d.cureDeadline",
        hints = {
            @QueryHint(name = "eclipselink.join-fetch", value = "d.resolution.company"),
            @QueryHint(name = "eclipselink.join-fetch", value = "d.resolution.coalition"),
            @QueryHint(name = "eclipselink.join-fetch", value = "d.resolution.leadFiler"),
            @QueryHint(name = "eclipselink.join-fetch", value = "d.resolution.meeting")
        })
public class DeficiencyNotice extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 2000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "seq", nullable = false)
    private int number;

    @Column(name = "proposal_received_on", nullable = false)
    private LocalDate proposalReceivedOn;

    @Column(name = "notice_sent_on", nullable = false)
    private LocalDate noticeSentOn;

    @Column(name = "notice_received_on", nullable = false)
    private LocalDate noticeReceivedOn;

    /** The codes, comma-separated: a short closed list that is only ever read whole. */
    @Column(nullable = false, length = 400)
    private String deficiencies;

    @Column(length = NOTE_MAX)
    private String details;

    @Column(name = "notice_due_on", nullable = false)
    private LocalDate noticeDueOn;

    @Column(name = "cure_deadline", nullable = false)
    private LocalDate cureDeadline;

    @Column(name = "cure_sent_on")
    private LocalDate cureSentOn;

    @Column(name = "cure_note", length = NOTE_MAX)
    private String cureNote;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DeficiencyNotice() {}

    /**
     * The notice as the lead filer received it. Refused: a resolution not filed, a date after today, a proposal received
     * before it was submitted, a notice sent before the proposal was received or received before it was sent, and a
     * notice that names no deficiency.
     */
    public DeficiencyNotice(
            Resolution resolution,
            int number,
            LocalDate proposalReceivedOn,
            LocalDate noticeSentOn,
            LocalDate noticeReceivedOn,
            Collection<DeficiencyCode> deficiencies,
            String details,
            LocalDate today,
            FilingRules rules,
            Instant at) {
        Answers.requireFiled(resolution);
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "proposalReceivedOn", proposalReceivedOn, today);
        Answers.requireDay(errors, "noticeSentOn", noticeSentOn, today);
        Answers.requireDay(errors, "noticeReceivedOn", noticeReceivedOn, today);
        var submitted = resolution.getSubmittedOn();
        if (proposalReceivedOn != null && submitted != null && proposalReceivedOn.isBefore(submitted)) {
            errors.put(
                    "proposalReceivedOn",
                    "The company cannot have received the proposal before it was submitted on " + submitted + ".");
        }
        if (noticeSentOn != null && proposalReceivedOn != null && noticeSentOn.isBefore(proposalReceivedOn)) {
            errors.put(
                    "noticeSentOn",
                    "A notice cannot be sent before the proposal was received (" + proposalReceivedOn + ").");
        }
        if (noticeReceivedOn != null && noticeSentOn != null && noticeReceivedOn.isBefore(noticeSentOn)) {
            errors.put("noticeReceivedOn", "A notice cannot be received before it was sent (" + noticeSentOn + ").");
        }
        if (deficiencies == null || deficiencies.isEmpty()) {
            errors.put("deficiencies", "Name at least one deficiency the notice gives.");
        } else if (deficiencies.stream().anyMatch(Objects::isNull)) {
            errors.put("deficiencies", "Use the codes " + Arrays.toString(DeficiencyCode.values()) + ".");
        }
        if (details != null && details.length() > NOTE_MAX) {
            errors.put("details", "At most " + NOTE_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var meeting = resolution.getMeeting().getMeetingDate();
        this.resolution = resolution;
        this.number = number;
        this.proposalReceivedOn = proposalReceivedOn;
        this.noticeSentOn = noticeSentOn;
        this.noticeReceivedOn = noticeReceivedOn;
        this.deficiencies =
                EnumSet.copyOf(deficiencies).stream().map(Enum::name).collect(Collectors.joining(","));
        this.details = details == null || details.isBlank() ? null : details.strip();
        this.noticeDueOn = rules.deficiencyNotice(meeting, proposalReceivedOn).closes();
        this.cureDeadline = rules.deficiencyResponse(meeting, noticeReceivedOn).closes();
        this.recordedAt = at;
    }

    /** The proponents' answer, sent on {@code sentOn}: not before the notice reached them, not after today. */
    public void cure(LocalDate sentOn, String note, LocalDate today, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "sentOn", sentOn, today);
        if (sentOn != null && sentOn.isBefore(noticeReceivedOn)) {
            errors.put("sentOn", "A cure cannot be sent before its notice was received (" + noticeReceivedOn + ").");
        }
        if (note != null && note.length() > NOTE_MAX) {
            errors.put("note", "At most " + NOTE_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.cureSentOn = sentOn;
        this.cureNote = note == null || note.isBlank() ? null : note.strip();
        this.recordedAt = at;
    }

    /** Whether the company sent its notice within the 14 days the rule gives it. */
    public boolean isNoticeTimely() {
        return !noticeSentOn.isAfter(noticeDueOn);
    }

    /** Whether the cure went in time; {@code null} before it went. */
    public Boolean isCureTimely() {
        return cureSentOn == null ? null : !cureSentOn.isAfter(cureDeadline);
    }

    /** Whether any deficiency named can be cured: a late proposal cannot (14a-8(f)(1)). */
    public boolean isCurable() {
        return getDeficiencies().stream().anyMatch(DeficiencyCode::isCurable);
    }

    /** No cure sent and the day to send it has passed. */
    public boolean isCureOverdue(LocalDate today) {
        return cureSentOn == null && isCurable() && today.isAfter(cureDeadline);
    }

    public Set<DeficiencyCode> getDeficiencies() {
        return Arrays.stream(deficiencies.split(","))
                .map(DeficiencyCode::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeficiencyCode.class)));
    }

    public Resolution getResolution() {
        return resolution;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getProposalReceivedOn() {
        return proposalReceivedOn;
    }

    public LocalDate getNoticeSentOn() {
        return noticeSentOn;
    }

    public LocalDate getNoticeReceivedOn() {
        return noticeReceivedOn;
    }

    public String getDetails() {
        return details;
    }

    public LocalDate getNoticeDueOn() {
        return noticeDueOn;
    }

    public LocalDate getCureDeadline() {
        return cureDeadline;
    }

    public LocalDate getCureSentOn() {
        return cureSentOn;
    }

    public String getCureNote() {
        return cureNote;
    }

    @Override
    public String auditLabel() {
        return "Deficiency notice " + number + " on resolution " + resolution.getId();
    }
}
