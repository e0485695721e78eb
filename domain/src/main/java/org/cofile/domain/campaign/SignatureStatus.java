package org.cofile.domain.campaign;

/** Where a signature stands: it counts only once confirmed from the e-mailed link. */
public enum SignatureStatus {
    /** Signed; the confirmation link is out. */
    PENDING,
    /** Confirmed from the link: counted. */
    CONFIRMED
}
