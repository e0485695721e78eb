package org.cofile.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.CoFilerReadiness;
import org.cofile.domain.cofiling.DeliveryMethod;
import org.cofile.domain.company.Company;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.WordCountVerdict;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A resolution a coalition drafts for one company's annual meeting. It holds its current text (a copy of its latest
 * {@link ResolutionVersion}, so lists need no join) and guards its own life: text changes only while it is a draft
 * and only from the latest version, review actions only from the states they start from, and no submission or
 * approval of a text over the word limit. Every change returns what the timeline records; the service persists it.
 */
@Entity
@Table(name = "resolution")
@NamedQuery(
        name = "Resolution.listDraftsByLeadFiler",
        query = "select r from Resolution r join fetch r.company join fetch r.meeting join fetch r.coalition"
                + " join fetch r.leadFiler where r.leadFiler.id = :organization"
                + " and r.state in (org.cofile.domain.resolution.ResolutionState.DRAFT,"
                + " org.cofile.domain.resolution.ResolutionState.IN_REVIEW,"
                + " org.cofile.domain.resolution.ResolutionState.RETURNED_TO_DRAFT)")
@NamedQuery(
        name = "Resolution.listFiledWithMeetingBetween",
        query = "select r from Resolution r join fetch r.company join fetch r.leadFiler join fetch r.meeting m"
                + " where r.state = org.cofile.domain.resolution.ResolutionState.FILED"
                + " and m.meetingDate >= :from and m.meetingDate <= :to")
@NamedQuery(
        name = "Resolution.listOpenForFiling",
        query =
                "select r from Resolution r join fetch r.company join fetch r.coalition join fetch r.leadFiler"
                        + " join fetch r.meeting m where r.state = org.cofile.domain.resolution.ResolutionState.APPROVED and m.meetingDate >= :today")
public class Resolution extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int TOPICS_MAX = 20;
    public static final int TOPIC_MAX = 60;
    public static final int NOTE_MAX = 500;
    public static final int REASON_MAX = 2000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "coalition_id", nullable = false)
    private Coalition coalition;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private AnnualMeeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_filer_id", nullable = false)
    private Organization leadFiler;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResolutionKind kind;

    @Convert(converter = JurisdictionConverter.class)
    @Column(nullable = false, length = 10)
    private Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResolutionState state;

    @Embedded
    private ResolutionText text;

    /** The topics, one per line: few and short, read with the resolution, never queried one by one. */
    @Column(length = 1300)
    private String topics;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    /** The words the limit counts in the current version, kept for lists. */
    @Column(nullable = false)
    private int words;

    /** The day the lead filer plans to submit; holdings and the engagement window are checked against it. */
    @Column(name = "planned_submission_on")
    private LocalDate plannedSubmissionOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivered_by", length = 10)
    private DeliveryMethod deliveredBy;

    /** When the company acknowledged receipt (proof of sending alone is not proof of delivery). */
    @Column(name = "receipt_acknowledged_on")
    private LocalDate receiptAcknowledgedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Resolution() {}

    private Resolution(
            Coalition coalition,
            AnnualMeeting meeting,
            Organization leadFiler,
            ResolutionKind kind,
            Jurisdiction jurisdiction,
            Instant at) {
        this.coalition = coalition;
        this.company = meeting.getCompany();
        this.meeting = meeting;
        this.leadFiler = leadFiler;
        this.kind = kind;
        this.jurisdiction = jurisdiction;
        this.state = ResolutionState.DRAFT;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /**
     * Starts a draft with its first version. The meeting must be one of {@code company}'s, and the lead filer an
     * organization of the coalition.
     */
    public static Drafted draft(
            Coalition coalition,
            Company company,
            AnnualMeeting meeting,
            Organization leadFiler,
            Jurisdiction jurisdiction,
            ResolutionText text,
            ResolutionKind kind,
            List<String> topics,
            Member author,
            Instant at,
            FilingRules rules) {
        var errors = new LinkedHashMap<String, String>();
        if (!meeting.getCompany().equals(company)) {
            errors.put("meetingId", "This meeting is not one of " + company.getName() + "'s.");
        }
        if (!coalition.includes(leadFiler)) {
            errors.put(
                    "leadFilerOrganizationId",
                    leadFiler.getName() + " does not belong to the coalition " + coalition.getName() + ".");
        }
        if (jurisdiction == null) {
            errors.put("jurisdiction", "Choose the jurisdiction whose rules apply.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var resolution = new Resolution(coalition, meeting, leadFiler, kind, jurisdiction, at);
        resolution.topics = joinTopics(topics);
        var version = resolution.record(text, "", author, at, rules);
        return new Drafted(
                resolution, version, new ResolutionEvent(resolution, TimelineKind.CREATED, 1, null, author, at));
    }

    /** A new draft with its first version and the timeline's first entry, for the service to persist. */
    public record Drafted(Resolution resolution, ResolutionVersion firstVersion, ResolutionEvent created) {}

    /**
     * Saves a new version edited from version {@code editedFrom}. Refused while the resolution is not a draft, and when
     * someone saved a later version meanwhile ({@link StaleVersionException}: nothing typed is lost, the caller shows
     * both texts).
     */
    public ResolutionVersion revise(
            int editedFrom,
            ResolutionText newText,
            List<String> newTopics,
            Jurisdiction newJurisdiction,
            String note,
            Member author,
            Instant at,
            FilingRules rules) {
        if (!state.isEditable()) {
            throw new ConflictException(
                    "state", "The text can be changed only in a draft; this resolution is " + state + ".");
        }
        if (editedFrom != currentVersion) {
            throw new StaleVersionException(currentVersion);
        }
        if (newJurisdiction == null) {
            throw new InvalidInputException("jurisdiction", "Choose the jurisdiction whose rules apply.");
        }
        this.jurisdiction = newJurisdiction;
        this.topics = joinTopics(newTopics);
        return record(newText, note, author, at, rules);
    }

    private ResolutionVersion record(
            ResolutionText newText, String note, Member author, Instant at, FilingRules rules) {
        if (newText == null) {
            throw new InvalidInputException("resolvedClause", "A resolution needs its text.");
        }
        var cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "At most " + NOTE_MAX + " characters.");
        }
        this.text = newText;
        this.words = rules.wordCount(jurisdiction, meeting.getMeetingDate(), TextKind.PROPOSAL, newText.proposal())
                .count();
        this.currentVersion++;
        this.updatedAt = at;
        return new ResolutionVersion(this, currentVersion, newText, words, cleanNote, author, at);
    }

    /** The event that records the version just saved, for the timeline. */
    public ResolutionEvent versionSaved(ResolutionVersion version) {
        return new ResolutionEvent(
                this,
                TimelineKind.VERSION_SAVED,
                version.getNumber(),
                version.getNote().isEmpty() ? null : version.getNote(),
                version.getAuthor(),
                version.getSavedAt());
    }

    /**
     * Takes a review action. The state must allow it (else a conflict); returning and abandoning need a reason; a text
     * over the word limit may not be submitted or approved.
     */
    public ResolutionEvent perform(ReviewAction action, String reason, Member actor, Instant at, FilingRules rules) {
        if (action == null) {
            throw new InvalidInputException("action", "Choose an action.");
        }
        var cleanReason = reason == null ? "" : reason.strip();
        if (action.isReasonRequired() && cleanReason.isEmpty()) {
            throw new InvalidInputException("reason", "Say why, so that the filers know.");
        }
        if (cleanReason.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "At most " + REASON_MAX + " characters.");
        }
        if (!action.isAllowedFrom(state)) {
            throw new ConflictException("action", action + " is not possible while the resolution is " + state + ".");
        }
        if (action.needsTextWithinLimit()) {
            var count = wordCount(rules);
            if (!count.withinLimit()) {
                throw new ConflictException(
                        "action",
                        "The text may be saved over the word limit but not "
                                + (action == ReviewAction.APPROVE ? "approved" : "submitted")
                                + ": " + count.explanation() + " (" + count.citation() + ")");
            }
        }
        state = action.to();
        updatedAt = at;
        return new ResolutionEvent(
                this, TimelineKind.of(action), currentVersion, cleanReason.isEmpty() ? null : cleanReason, actor, at);
    }

    /** A comment on version {@code versionNumber}, which must exist; not on an abandoned resolution. */
    public ReviewComment comment(int versionNumber, String comment, Member author, Instant at) {
        if (!state.isOpenForComments()) {
            throw new ConflictException("state", "An abandoned resolution takes no comments.");
        }
        if (versionNumber < 1 || versionNumber > currentVersion) {
            throw new InvalidInputException(
                    "versionNumber",
                    "There is no version " + versionNumber + "; the versions are 1 to " + currentVersion + ".");
        }
        return new ReviewComment(this, versionNumber, comment, author, at);
    }

    /**
     * The co-filing record of the lead filer, made when the coalition approves: the lead filer is the first
     * proponent and brings its holding and proof like every co-filer.
     */
    public CoFiler leadProponent(Instant at) {
        if (state != ResolutionState.APPROVED) {
            throw new ConflictException("state", "Only an approved resolution has proponents.");
        }
        return CoFiler.lead(this, at);
    }

    /** The lead filer invites an organization of the coalition to co-file, until co-filing closes. */
    public CoFiler invite(Organization organization, LocalDate today, LocalDate closesOn, Instant at) {
        admissible(organization, today, closesOn);
        return CoFiler.invited(this, organization, at);
    }

    /** An organization of the coalition asks to co-file, until co-filing closes; the lead filer decides. */
    public CoFiler askToJoin(Organization organization, LocalDate today, LocalDate closesOn, Instant at) {
        admissible(organization, today, closesOn);
        return CoFiler.asking(this, organization, at);
    }

    private void admissible(Organization organization, LocalDate today, LocalDate closesOn) {
        requireOpenForCoFilers(today, closesOn);
        if (organization.equals(leadFiler)) {
            throw new ConflictException("organizationId", organization.getName() + " is the lead filer.");
        }
        if (!coalition.includes(organization)) {
            throw new InvalidInputException(
                    "organizationId",
                    organization.getName() + " does not belong to the coalition " + coalition.getName() + ".");
        }
    }

    /**
     * Refuses new co-filers unless the resolution is approved and the filing deadline ({@code closesOn}, {@code
     * null} when the engine cannot tell it) has not passed.
     */
    public void requireOpenForCoFilers(LocalDate today, LocalDate closesOn) {
        if (state != ResolutionState.APPROVED) {
            throw new ConflictException(
                    "state", "Co-filers join an approved resolution before it is filed; this one is " + state + ".");
        }
        if (closesOn != null && today.isAfter(closesOn)) {
            throw new ConflictException(
                    "deadline", "Co-filing closed with the filing deadline on " + closesOn + "; it is " + today + ".");
        }
    }

    /** The lead filer sets the day it plans to submit, before filing and not after the deadline. */
    public void planSubmission(LocalDate on, LocalDate today, LocalDate deadline, Instant at) {
        requireOpenForCoFilers(today, deadline);
        if (on == null) {
            throw new InvalidInputException("plannedSubmissionOn", "Give the day you plan to submit.");
        }
        if (on.isBefore(today)) {
            throw new InvalidInputException("plannedSubmissionOn", "The day must be today or later.");
        }
        if (deadline != null && on.isAfter(deadline)) {
            throw new InvalidInputException(
                    "plannedSubmissionOn", "The filing deadline is " + deadline + "; plan to submit by then.");
        }
        plannedSubmissionOn = on;
        updatedAt = at;
    }

    /**
     * Files the resolution: every proponent left in it must be verified (the caller drops the others first, each with
     * a reason). The text is frozen from here on.
     */
    public ResolutionEvent file(
            LocalDate on,
            DeliveryMethod by,
            List<CoFilerReadiness> proponents,
            LocalDate today,
            LocalDate deadline,
            Member actor,
            Instant at) {
        if (state != ResolutionState.APPROVED) {
            throw new ConflictException(
                    "state", "Only an approved resolution can be filed; this one is " + state + ".");
        }
        var errors = new LinkedHashMap<String, String>();
        if (on == null) {
            errors.put("submittedOn", "Give the day it was submitted.");
        } else if (on.isAfter(today)) {
            errors.put("submittedOn", "Record the submission once it is made; " + on + " is after today.");
        }
        if (by == null) {
            errors.put("deliveredBy", "Say how it was delivered: EMAIL, COURIER, MAIL or HAND.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var unverified = proponents.stream()
                .filter(p -> !p.verified())
                .map(p -> p.coFiler().getOrganization().getName())
                .toList();
        if (!unverified.isEmpty()) {
            throw new ConflictException(
                    "drop",
                    "Not every proponent is verified: " + String.join(", ", unverified)
                            + ". Complete their records or drop them with a reason.");
        }
        if (deadline != null && on.isAfter(deadline)) {
            throw new ConflictException(
                    "submittedOn", "The filing deadline was " + deadline + "; a submission on " + on + " is late.");
        }
        state = ResolutionState.FILED;
        submittedOn = on;
        deliveredBy = by;
        updatedAt = at;
        return ResolutionEvent.of(this, TimelineKind.FILED, by + " on " + on, actor, at);
    }

    /**
     * Every proponent has withdrawn the proposal (the caller counts their consents): the company need no longer
     * include it, and the meeting will not vote on it.
     */
    public ResolutionEvent withdraw(LocalDate on, Member actor, Instant at) {
        if (state != ResolutionState.FILED) {
            throw new ConflictException(
                    "state", "Only a filed resolution can be withdrawn; this one is " + state + ".");
        }
        state = ResolutionState.WITHDRAWN;
        updatedAt = at;
        return ResolutionEvent.of(this, TimelineKind.PROPOSAL_WITHDRAWN, "on " + on, actor, at);
    }

    /** Records the company's acknowledgement of receipt, whose evidence the caller keeps as a document. */
    public ResolutionEvent acknowledgeReceipt(LocalDate on, Member actor, Instant at) {
        if (state != ResolutionState.FILED) {
            throw new ConflictException("state", "Only a filed resolution has its receipt acknowledged.");
        }
        if (on == null) {
            throw new InvalidInputException("receivedOn", "Give the day of the acknowledgement.");
        }
        if (on.isBefore(submittedOn)) {
            throw new InvalidInputException(
                    "receivedOn", "The company cannot acknowledge before the submission on " + submittedOn + ".");
        }
        receiptAcknowledgedOn = on;
        updatedAt = at;
        return ResolutionEvent.of(this, TimelineKind.RECEIPT_ACKNOWLEDGED, on.toString(), actor, at);
    }

    /** The day holdings and the engagement window are checked against: planned, else the deadline, else today. */
    public LocalDate submissionDateFor(LocalDate deadline, LocalDate today) {
        if (submittedOn != null) {
            return submittedOn;
        }
        if (plannedSubmissionOn != null) {
            return plannedSubmissionOn;
        }
        return deadline != null && !deadline.isBefore(today) ? deadline : today;
    }

    public LocalDate getPlannedSubmissionOn() {
        return plannedSubmissionOn;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public DeliveryMethod getDeliveredBy() {
        return deliveredBy;
    }

    public LocalDate getReceiptAcknowledgedOn() {
        return receiptAcknowledgedOn;
    }

    /** The current text against the word limit of the jurisdiction's rules in force for the meeting. */
    public WordCountVerdict wordCount(FilingRules rules) {
        return rules.wordCount(jurisdiction, meeting.getMeetingDate(), TextKind.PROPOSAL, text.proposal());
    }

    static String joinTopics(List<String> topics) {
        if (topics == null) {
            return null;
        }
        var distinct = new LinkedHashSet<String>();
        for (var topic : topics) {
            if (topic == null || topic.isBlank()) {
                continue;
            }
            var clean = topic.strip().replaceAll("\\s+", " ");
            if (clean.length() > TOPIC_MAX) {
                throw new InvalidInputException("topics", "A topic has at most " + TOPIC_MAX + " characters.");
            }
            distinct.add(clean);
        }
        if (distinct.size() > TOPICS_MAX) {
            throw new InvalidInputException("topics", "At most " + TOPICS_MAX + " topics.");
        }
        return distinct.isEmpty() ? null : String.join("\n", distinct);
    }

    public List<String> getTopics() {
        return topics == null ? List.of() : new ArrayList<>(Arrays.asList(topics.split("\n")));
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Company getCompany() {
        return company;
    }

    public AnnualMeeting getMeeting() {
        return meeting;
    }

    public Organization getLeadFiler() {
        return leadFiler;
    }

    public ResolutionKind getKind() {
        return kind;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public ResolutionState getState() {
        return state;
    }

    public ResolutionText getText() {
        return text;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public int getWords() {
        return words;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String auditLabel() {
        return text == null ? "resolution" : text.getTitle();
    }
}
