package org.cofile.domain.answers;

import jakarta.persistence.Column;
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
import java.util.LinkedHashMap;
import org.cofile.domain.organization.Member;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * One meeting, call or letter between the proponents and the company about a filed proposal: when, who took part on
 * each side, what was said. Commitments the company made in it are recorded as commitments that name it.
 */
@Entity
@Table(name = "dialogue_entry")
@NamedQuery(
        name = "DialogueEntry.listByResolution",
        query = "select d from DialogueEntry d join fetch d.recordedBy where d.resolution.id = :resolution"
                + " order by d.heldOn, d.id")
public class DialogueEntry extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int PARTICIPANTS_MAX = 1_000;
    public static final int NOTES_MAX = 5_000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DialogueKind kind;

    @Column(name = "company_participants", nullable = false, length = PARTICIPANTS_MAX)
    private String companyParticipants;

    @Column(name = "proponent_participants", length = PARTICIPANTS_MAX)
    private String proponentParticipants;

    @Column(length = NOTES_MAX)
    private String notes;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by", nullable = false)
    private Member recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DialogueEntry() {}

    /**
     * Refused: a resolution the company has not received, a day after today or before the submission, no kind, no
     * one named for the company, texts over their limits.
     */
    public DialogueEntry(
            Resolution resolution,
            LocalDate heldOn,
            DialogueKind kind,
            String companyParticipants,
            String proponentParticipants,
            String notes,
            LocalDate today,
            Member recordedBy,
            Instant at) {
        Answers.requireFiled(resolution);
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "heldOn", heldOn, today);
        var submitted = resolution.getSubmittedOn();
        if (heldOn != null && submitted != null && heldOn.isBefore(submitted) && !errors.containsKey("heldOn")) {
            errors.put("heldOn", "The dialogue on a filed proposal follows its submission on " + submitted + ".");
        }
        if (kind == null) {
            errors.put("kind", "Say how you spoke: MEETING, CALL, LETTER or EMAIL.");
        }
        if (companyParticipants == null || companyParticipants.isBlank()) {
            errors.put("companyParticipants", "Name who took part for the company.");
        }
        limit(errors, "companyParticipants", companyParticipants, PARTICIPANTS_MAX);
        limit(errors, "proponentParticipants", proponentParticipants, PARTICIPANTS_MAX);
        limit(errors, "notes", notes, NOTES_MAX);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.resolution = resolution;
        this.heldOn = heldOn;
        this.kind = kind;
        this.companyParticipants = companyParticipants.strip();
        this.proponentParticipants = blankToNull(proponentParticipants);
        this.notes = blankToNull(notes);
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    private static void limit(LinkedHashMap<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max && !errors.containsKey(field)) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Resolution getResolution() {
        return resolution;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public DialogueKind getKind() {
        return kind;
    }

    public String getCompanyParticipants() {
        return companyParticipants;
    }

    public String getProponentParticipants() {
        return proponentParticipants;
    }

    public String getNotes() {
        return notes;
    }

    public Member getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public String auditLabel() {
        return "Dialogue of " + heldOn + " on resolution " + resolution.getId();
    }
}
