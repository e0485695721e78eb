package org.cofile.domain.answers;

/** Where a company's commitment stands. */
public enum CommitmentStatus {
    OPEN,
    MET,
    PARTLY_MET,
    MISSED;

    /** Whether saying so needs evidence: that a promise was kept, even in part, is shown, not asserted. */
    public boolean needsEvidence() {
        return this == MET || this == PARTLY_MET;
    }
}
