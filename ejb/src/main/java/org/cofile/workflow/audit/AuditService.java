package org.cofile.workflow.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.organization.Role;
import org.cofile.workflow.shared.Caller;

/** Reads the audit trail. Writing it is the persistence layer's job ({@link AuditListener}). */
@Stateless
public class AuditService {

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
}
