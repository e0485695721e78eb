package org.cofile.domain.answers;

/** Who may read a vote pre-declaration: anyone, on the public page and API, or the resolution's coalition only. */
public enum DeclarationVisibility {
    PUBLIC,
    COALITION
}
