package org.cofile.workflow.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.cofile.domain.audit.AuditAction;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;

/**
 * Puts on the trail, in the caller's transaction, a decision that changes no audited record field by field: one taken
 * on many unaudited records at once, such as the held signatures of a petition (signers' records are not audited, so
 * that the trail keeps no personal data of theirs). The entry is the record's, as an update, by the signed-in member.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** {@code changes} as the listener writes them: {"name": {"before": …, "after": …}}. */
    public <R extends BaseEntity & Audited> void recordDecision(R record, JsonObject changes) {
        em.persist(new AuditEntry(
                clock.instant(),
                AuditListener.currentActor(),
                record.getClass().getSimpleName(),
                record.getId(),
                record.auditLabel(),
                AuditAction.UPDATED,
                changes.toString()));
    }
}
