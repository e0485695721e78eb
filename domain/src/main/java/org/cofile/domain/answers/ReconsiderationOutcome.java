package org.cofile.domain.answers;

/** The staff's answer to a request to reconsider its answer to a no-action request. */
public enum ReconsiderationOutcome {
    /** The staff declined to reconsider: its first answer stands. */
    DECLINED,
    /** The staff reconsidered and changed its answer. */
    CHANGED
}
