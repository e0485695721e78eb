package org.cofile.domain.resolution;

/**
 * Where a resolution stands in the coalition, before filing. An approved resolution is open for co-filing; the states
 * of filing and after (rule-14a-8.md, "Proposal states") follow it.
 */
public enum ResolutionState {
    DRAFT,
    IN_REVIEW,
    RETURNED_TO_DRAFT,
    /** Approved by the coalition: open for co-filing until the filing deadline. */
    APPROVED,
    ABANDONED,
    /** Submitted to the company; its text is frozen (a new text needs a withdrawal and a new resolution). */
    FILED,
    /** Filed, then withdrawn by every proponent, with or without an agreement with the company. */
    WITHDRAWN;

    /** Whether its text may still be changed. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED_TO_DRAFT;
    }

    /** Whether the company received it: its answers, dialogue and commitments are recorded from then on. */
    public boolean isSubmitted() {
        return this == FILED || this == WITHDRAWN;
    }

    /** Whether reviewers may still comment on it. */
    public boolean isOpenForComments() {
        return this != ABANDONED;
    }
}
