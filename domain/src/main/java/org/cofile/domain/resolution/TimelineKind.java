package org.cofile.domain.resolution;

/** What someone did to a resolution, as its timeline tells it. */
public enum TimelineKind {
    CREATED,
    VERSION_SAVED,
    COMMENTED,
    SUBMITTED_FOR_REVIEW,
    APPROVED,
    RETURNED_TO_DRAFT,
    ABANDONED,
    COFILER_INVITED,
    COFILER_ASKED_TO_JOIN,
    COFILER_JOINED,
    COFILER_DECLINED,
    COFILER_DROPPED,
    FILED,
    RECEIPT_ACKNOWLEDGED,
    DEFICIENCY_NOTICED,
    DEFICIENCY_CURED,
    NO_ACTION_REQUESTED,
    STAFF_ANSWERED,
    MEETING_OUTCOME,
    VOTE_RECORDED,
    BOARD_RESPONDED,
    COMMITMENT_RECORDED,
    COMMITMENT_ASSESSED,
    OPPOSITION_STATEMENT,
    RECONSIDERATION_REQUESTED,
    RECONSIDERATION_ANSWERED,
    DIALOGUE_RECORDED,
    PROPOSAL_WITHDRAWN,
    NO_ACTION_WITHDRAWN;

    static TimelineKind of(ReviewAction action) {
        return switch (action) {
            case SUBMIT_FOR_REVIEW -> SUBMITTED_FOR_REVIEW;
            case APPROVE -> APPROVED;
            case RETURN_TO_DRAFT -> RETURNED_TO_DRAFT;
            case ABANDON -> ABANDONED;
        };
    }
}
