package org.cofile.workflow.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.Listing;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.Page;
import org.cofile.workflow.shared.PageRequest;

/** Reads the audit trail. Writing it is the persistence layer's job ({@link AuditListener}). */
@Stateless
public class AuditService {

    /** The whole trail is read newest first unless a table asks otherwise. */
    private static final Listing<AuditEntry> LISTING = new Listing<>(
            AuditEntry.class,
            "occurredAt",
            false,
            Set.of("occurredAt", "actor", "entityType", "entityLabel", "action"),
            Set.of("entityType", "actor", "action"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private RecordVisibility visibility;

    /**
     * The history of one record, oldest first, for those who may see the record; to anyone else the record does not
     * exist.
     */
    public List<AuditEntry> historyOf(String entityType, long entityId) {
        if (!visibility.maySee(caller.access(), entityType, entityId)) {
            throw new NotFoundException(entityType, entityId);
        }
        return em.createNamedQuery("AuditEntry.listByRecord", AuditEntry.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getResultList();
    }

    /** The latest changes anywhere, newest first; for platform admins. */
    public List<AuditEntry> latest(int max) {
        caller.requirePlatformAdmin();
        return em.createNamedQuery("AuditEntry.listLatest", AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * One page of the whole trail, filtered by record type, actor or action and sorted in the database; for
     * platform admins, since it shows every organization's changes.
     */
    public Page<AuditEntry> list(@NotNull PageRequest request) {
        caller.requirePlatformAdmin();
        return LISTING.page(em, request);
    }

    /** The record types the trail holds, for a filter to offer; for platform admins. */
    public List<String> entityTypes() {
        caller.requirePlatformAdmin();
        // Sorted here, not by the database, whose collation decides whether "CoFiler" comes before "Coalition".
        return em.createNamedQuery("AuditEntry.listEntityTypes", String.class).getResultList().stream()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
