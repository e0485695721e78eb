package org.cofile.domain.answers;

/** How the proponents and the company spoke. */
public enum DialogueKind {
    MEETING,
    CALL,
    LETTER,
    EMAIL
}
