package org.cofile.domain.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import org.cofile.domain.shared.BaseEntity;

/**
 * A reminder that went out after filing: before a resolution's meeting, or before a commitment of the company is due.
 * The database keeps it to one per subject, day and number of days before it, so none goes twice.
 */
@Entity
@Table(
        name = "follow_up_reminder",
        uniqueConstraints = @UniqueConstraint(columnNames = {"kind", "subject_id", "due_on", "days_before"}))
@NamedQuery(
        name = "FollowUpReminder.listBySubjects",
        query = "select r from FollowUpReminder r where r.kind = :kind and r.subjectId in :subjects")
public class FollowUpReminder extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** What a reminder is about. */
    public enum Kind {
        /** The annual meeting of a filed resolution; {@code subjectId} is the resolution's. */
        MEETING,
        /** A commitment of the company; {@code subjectId} is the commitment's. */
        COMMITMENT
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected FollowUpReminder() {}

    public FollowUpReminder(Kind kind, long subjectId, LocalDate dueOn, int daysBefore, Instant at) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.dueOn = dueOn;
        this.daysBefore = daysBefore;
        this.sentAt = at;
    }

    public boolean isFor(long subject, LocalDate day, int days) {
        return subjectId == subject && dueOn.equals(day) && daysBefore == days;
    }
}
