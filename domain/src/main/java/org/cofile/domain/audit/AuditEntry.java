package org.cofile.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One change to one audited record. Written by the persistence layer in the transaction that makes the change, and
 * never changed afterwards: it has no setters and no version.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = "AuditEntry.listByRecord",
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :entityType AND a.entityId = :entityId ORDER BY a.id")
@NamedQuery(name = "AuditEntry.listLatest", query = "SELECT a FROM AuditEntry a ORDER BY a.id DESC")
@NamedQuery(
        name = "AuditEntry.listEntityTypes",
        query = "SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType")
@NamedQuery(name = "AuditEntry.countAll", query = "SELECT COUNT(a) FROM AuditEntry a")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "entity_label", length = LABEL_MAX)
    private String entityLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditAction action;

    /** The changed attributes as JSON: {"name": {"before": "Old", "after": "New"}}. */
    @Lob
    @Column(nullable = false)
    private String changes;

    protected AuditEntry() {}

    /**
     * An entry a use case writes itself, for a decision that no audited record's own change shows, such as one taken
     * on many signatures at once.
     */
    public AuditEntry(
            Instant occurredAt,
            String actor,
            String entityType,
            long entityId,
            String entityLabel,
            AuditAction action,
            String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityLabel =
                entityLabel == null ? "" : entityLabel.substring(0, Math.min(entityLabel.length(), LABEL_MAX));
        this.action = action;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }
}
