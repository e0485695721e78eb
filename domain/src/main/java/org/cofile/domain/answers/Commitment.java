package org.cofile.domain.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * Something the company promised in answer to a filed resolution — in a withdrawal agreement, in the board's answer to
 * a board-review resolution, in a dialogue — with the day it is due, and whether it was kept, on evidence.
 */
@Entity
@Table(name = "commitment")
@NamedQuery(
        name = "Commitment.listByResolutions",
        query = "select c from Commitment c where c.resolution.id in :resolutions order by c.dueOn, c.id")
@NamedQuery(
        name = "Commitment.listOpenDueBetween",
        query = "select c from Commitment c join fetch c.resolution r join fetch r.leadFiler join fetch r.company"
                + " where c.status = org.cofile.domain.answers.CommitmentStatus.OPEN"
                + " and c.dueOn >= :from and c.dueOn <= :to")
@NamedQuery(
        name = "Commitment.listByResolution",
        query = "select c from Commitment c where c.resolution.id = :resolution order by c.dueOn, c.id")
@NamedQuery(
        name = "Commitment.find",
        query = "select c from Commitment c join fetch c.resolution r join fetch r.coalition join fetch r.leadFiler"
                + " where c.id = :id")
@NamedQuery(
        name = "Commitment.listOverdueOfOrganization",
        query = "select c from Commitment c join fetch c.resolution r"
                + " where c.status = org.cofile.domain.answers.CommitmentStatus.OPEN and c.dueOn < :today"
                + " and (r.leadFiler.id = :organization or exists (select f from CoFiler f where f.resolution = r"
                + " and f.organization.id = :organization"
                + " and f.status = org.cofile.domain.cofiling.CoFilerStatus.JOINED)) order by c.dueOn",
        hints = {
            @QueryHint(name = "eclipselink.join-fetch", value = "c.resolution.company"),
            @QueryHint(name = "eclipselink.join-fetch", value = "c.resolution.coalition"),
            @QueryHint(name = "eclipselink.join-fetch", value = "c.resolution.leadFiler"),
            @QueryHint(name = "eclipselink.join-fetch", value = "c.resolution.meeting")
        })
public class Commitment extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 2000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "commitment_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommitmentStatus status = CommitmentStatus.OPEN;

    @Column(length = TEXT_MAX)
    private String evidence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CommitmentOrigin origin = CommitmentOrigin.STATEMENT;

    /** The dialogue it was made in, for a commitment of {@link CommitmentOrigin#DIALOGUE}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dialogue_entry_id")
    private DialogueEntry dialogue;

    protected Commitment() {}

    /**
     * A commitment of a stated origin: one made in a dialogue names it (of the same resolution), one of a withdrawal
     * agreement needs the agreement recorded ({@code withdrawal} with its terms).
     */
    public Commitment(
            Resolution resolution,
            String text,
            LocalDate madeOn,
            LocalDate dueOn,
            CommitmentOrigin origin,
            DialogueEntry dialogue,
            ProposalWithdrawal withdrawal,
            LocalDate today,
            Instant at) {
        this(resolution, text, madeOn, dueOn, today, at);
        var from = origin == null ? CommitmentOrigin.STATEMENT : origin;
        if (from == CommitmentOrigin.DIALOGUE
                && (dialogue == null || !dialogue.getResolution().equals(resolution))) {
            throw new InvalidInputException("dialogueId", "Name the dialogue of this resolution it was made in.");
        }
        if (from != CommitmentOrigin.DIALOGUE && dialogue != null) {
            throw new InvalidInputException("dialogueId", "Only a commitment made in a dialogue names one.");
        }
        if (from == CommitmentOrigin.WITHDRAWAL_AGREEMENT && (withdrawal == null || !withdrawal.isWithAgreement())) {
            throw new InvalidInputException(
                    "origin", "Record the withdrawal and its agreement first: this commitment is one of its terms.");
        }
        this.origin = from;
        this.dialogue = dialogue;
    }

    /** Refused: no text, a promise dated after today, one due before it was made. */
    public Commitment(
            Resolution resolution, String text, LocalDate madeOn, LocalDate dueOn, LocalDate today, Instant at) {
        Answers.requireFiled(resolution);
        var errors = new LinkedHashMap<String, String>();
        if (text == null || text.isBlank()) {
            errors.put("text", "Say what the company committed to.");
        } else if (text.length() > TEXT_MAX) {
            errors.put("text", "At most " + TEXT_MAX + " characters.");
        }
        Answers.requireDay(errors, "madeOn", madeOn, today);
        if (dueOn == null) {
            errors.put("dueOn", "Give the day it is due.");
        } else if (madeOn != null && dueOn.isBefore(madeOn)) {
            errors.put("dueOn", "A commitment cannot be due (" + dueOn + ") before it was made (" + madeOn + ").");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.resolution = resolution;
        this.text = text.strip();
        this.madeOn = madeOn;
        this.dueOn = dueOn;
        this.updatedAt = at;
    }

    /** Whether it was kept: MET and PARTLY_MET on evidence (a link, a report's title and date). */
    public void assess(CommitmentStatus to, String proof, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        if (to == null) {
            errors.put("status", "Say where it stands: OPEN, MET, PARTLY_MET or MISSED.");
        } else if (to.needsEvidence() && (proof == null || proof.isBlank())) {
            errors.put(
                    "evidence",
                    "Give the evidence that it was " + (to == CommitmentStatus.MET ? "met" : "partly met")
                            + ": a link, or a report's title and date.");
        }
        if (proof != null && proof.length() > TEXT_MAX) {
            errors.put("evidence", "At most " + TEXT_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.status = to;
        this.evidence = proof == null || proof.isBlank() ? null : proof.strip();
        this.updatedAt = at;
    }

    /** Still open after its day. */
    public boolean isOverdue(LocalDate today) {
        return status == CommitmentStatus.OPEN && today.isAfter(dueOn);
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getText() {
        return text;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public CommitmentOrigin getOrigin() {
        return origin;
    }

    public DialogueEntry getDialogue() {
        return dialogue;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    @Override
    public String auditLabel() {
        return "Commitment on resolution " + resolution.getId() + " due " + dueOn;
    }
}
