package org.cofile.domain.audit;

/** What happened to an audited record. */
public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED
}
