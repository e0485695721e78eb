package org.cofile.domain.shared;

/**
 * An entity whose every insert, update and delete goes to the audit trail. The audit listener reads the persistent
 * attributes itself; the entity only names the label under which its records appear.
 */
public interface Audited {

    /** A short human label of this record in the audit trail, e.g. the organization's name. */
    String auditLabel();
}
