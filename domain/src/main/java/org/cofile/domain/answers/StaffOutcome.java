package org.cofile.domain.answers;

/** The SEC staff's answer to a no-action request. */
public enum StaffOutcome {
    /** The staff will not recommend action if the company excludes the proposal. */
    CONCURRED,
    DID_NOT_CONCUR,
    NO_VIEW,
    /**
     * Under the 2025-26 posture: the staff does not object, resting on the company's own representation that it has a
     * reasonable basis to exclude, without a view on the merits.
     */
    NON_OBJECTION;

    /** Whether the staff said anything on the merits of the grounds. */
    public boolean isOnTheMerits() {
        return this == CONCURRED || this == DID_NOT_CONCUR;
    }
}
