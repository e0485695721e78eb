package org.cofile.workflow.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.organization.Role;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.Listing;
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

    /** The history of one record, oldest first. */
    public List<AuditEntry> historyOf(String entityType, long entityId) {
        caller.getMember();
        return em.createNamedQuery("AuditEntry.listByRecord", AuditEntry.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getResultList();
    }

    /** The latest changes anywhere, newest first; for coalition admins. */
    public List<AuditEntry> latest(int max) {
        caller.require(Role.COALITION_ADMIN);
        return em.createNamedQuery("AuditEntry.listLatest", AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * One page of the whole trail, filtered by record type, actor or action and sorted in the database; for
     * coalition admins, since it shows every organization's changes.
     */
    public Page<AuditEntry> list(@NotNull PageRequest request) {
        caller.require(Role.COALITION_ADMIN);
        return LISTING.page(em, request);
    }

    /** The record types the trail holds, for a filter to offer; for coalition admins. */
    public List<String> entityTypes() {
        caller.require(Role.COALITION_ADMIN);
        return em.createNamedQuery("AuditEntry.listEntityTypes", String.class).getResultList();
    }
}
