package org.cofile.domain.cofiling;

/** What an uploaded letter is. */
public enum DocumentKind {
    /** The record holder's letter proving ownership through the submission date (14a-8(b); SLB 14F). */
    PROOF_OF_OWNERSHIP,
    /** The shareholder's signed authorization of its representative (14a-8(b)(1)(iv)). */
    AUTHORIZATION,
    OTHER,
    /** The company's acknowledgement of receipt of the filing: an e-mail reply or a courier receipt. */
    ACKNOWLEDGEMENT;

    /** Whether a co-filer uploads it (the acknowledgement belongs to the filing, uploaded by the lead filer). */
    public boolean isCoFilers() {
        return this != ACKNOWLEDGEMENT;
    }
}
