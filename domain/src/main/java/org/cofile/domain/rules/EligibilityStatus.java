package org.cofile.domain.rules;

/** The outcome of an eligibility check. */
public enum EligibilityStatus {
    /** A threshold is met and nothing is missing. */
    ELIGIBLE,
    /** A threshold is met but documents are missing (curable deficiencies). */
    THRESHOLD_MET_ITEMS_MISSING,
    /** No threshold is met, or the holdings may not be combined. */
    NOT_ELIGIBLE,
    /** The figures needed to test the threshold were not given; see {@code missing}. */
    CANNOT_DETERMINE
}
