package org.cofile.domain.answers;

/** Where a commitment of the company comes from. */
public enum CommitmentOrigin {
    /** The board's answer or a public statement of the company. */
    STATEMENT,
    /** Made in a dialogue with the proponents, which it names. */
    DIALOGUE,
    /** A term of the agreement on which the proponents withdrew the proposal. */
    WITHDRAWAL_AGREEMENT
}
