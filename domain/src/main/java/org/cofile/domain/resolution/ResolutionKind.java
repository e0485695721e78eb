package org.cofile.domain.resolution;

/** What a resolution asks of the company. */
public enum ResolutionKind {
    /**
     * A restriction that holds unless the board, after a review of a stated kind, reaches a stated finding: the 2019
     * Amazon facial-recognition resolution.
     */
    BOARD_REVIEW,
    REPORT,
    POLICY,
    GOVERNANCE,
    OTHER
}
