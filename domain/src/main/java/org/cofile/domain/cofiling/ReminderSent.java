package org.cofile.domain.cofiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.cofile.domain.shared.BaseEntity;

/** A deadline reminder that went to a co-filer: one per co-filer, deadline and number of days before it. */
@Entity
@Table(name = "reminder_sent")
@NamedQuery(
        name = "ReminderSent.listByCoFilers",
        query = "select r from ReminderSent r where r.coFiler.id in :coFilers")
public class ReminderSent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cofiler_id")
    private CoFiler coFiler;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReminderSent() {}

    public ReminderSent(CoFiler coFiler, LocalDate deadline, int daysBefore, Instant at) {
        this.coFiler = coFiler;
        this.deadline = deadline;
        this.daysBefore = daysBefore;
        this.sentAt = at;
    }

    /** Whether this is the record of that reminder. */
    public boolean isFor(long coFilerId, LocalDate day, int days) {
        return coFiler.getId() == coFilerId && deadline.equals(day) && daysBefore == days;
    }
}
