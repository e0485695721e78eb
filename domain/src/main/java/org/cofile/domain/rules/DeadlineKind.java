package org.cofile.domain.rules;

/** How a submission deadline is defined. */
public enum DeadlineKind {
    /** A date computed from the rule. */
    FIXED,
    /** A window with an opening date and a deadline (Canada). */
    WINDOW,
    /** "A reasonable time before printing": the company's announced date if recorded, otherwise no date. */
    REASONABLE_TIME,
    /** The fact sheets give no timing rule for this case; nothing is computed. */
    NOT_ENCODED
}
