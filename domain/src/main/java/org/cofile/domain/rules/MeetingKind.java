package org.cofile.domain.rules;

/** Whether the meeting is the regular annual meeting or another (special) meeting. */
public enum MeetingKind {
    ANNUAL,
    OTHER
}
