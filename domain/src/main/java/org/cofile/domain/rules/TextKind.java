package org.cofile.domain.rules;

/** What a member submits, which decides the word limit and the deadline that apply. */
public enum TextKind {
    /** A proposal or resolution with its supporting statement (US 14a-8, Canada, UK s338, Australia s249N). */
    PROPOSAL,
    /** A members' statement about a resolution or other business (UK s314, Australia s249P). */
    STATEMENT,
    /** A matter other than a resolution to be included in the AGM business (UK s338A). */
    AGM_MATTER
}
