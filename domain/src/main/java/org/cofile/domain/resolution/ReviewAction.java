package org.cofile.domain.resolution;

import java.util.EnumSet;
import java.util.Set;

/** What can be done to a resolution in coalition review: from which states, and to which state it leads. */
public enum ReviewAction {
    SUBMIT_FOR_REVIEW(
            EnumSet.of(ResolutionState.DRAFT, ResolutionState.RETURNED_TO_DRAFT), ResolutionState.IN_REVIEW, false),
    APPROVE(EnumSet.of(ResolutionState.IN_REVIEW), ResolutionState.APPROVED, false),
    RETURN_TO_DRAFT(EnumSet.of(ResolutionState.IN_REVIEW), ResolutionState.RETURNED_TO_DRAFT, true),
    ABANDON(
            EnumSet.of(ResolutionState.DRAFT, ResolutionState.RETURNED_TO_DRAFT, ResolutionState.IN_REVIEW),
            ResolutionState.ABANDONED,
            true);

    private final Set<ResolutionState> from;
    private final ResolutionState to;
    private final boolean reasonRequired;

    ReviewAction(Set<ResolutionState> from, ResolutionState to, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    public boolean isAllowedFrom(ResolutionState state) {
        return from.contains(state);
    }

    public ResolutionState to() {
        return to;
    }

    /** Returning or abandoning a resolution needs a reason: the filers must know what to change or why it stopped. */
    public boolean isReasonRequired() {
        return reasonRequired;
    }

    /** Whether the text must be within the word limit: it may be saved over the limit, but not submitted or approved. */
    public boolean needsTextWithinLimit() {
        return this == SUBMIT_FOR_REVIEW || this == APPROVE;
    }
}
