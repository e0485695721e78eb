package org.cofile.domain.campaign;

/** Where a signature stands: it counts only once confirmed from the e-mailed link, and never while held aside. */
public enum SignatureStatus {
    /** Signed; the confirmation link is out. */
    PENDING,
    /** Confirmed from the link: counted. */
    CONFIRMED,
    /** Held aside as suspicious ({@link HoldReason}): no link went out, and it does not count. */
    HELD
}
