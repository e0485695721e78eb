package org.cofile.domain.rules;

/** Where a date falls against a deadline or a window. */
public enum Timeliness {
    TOO_EARLY,
    ON_TIME,
    LATE,
    /** No fixed date applies (for example "a reasonable time before printing" with no announced deadline). */
    UNKNOWN
}
