package org.cofile.domain.answers;

/** How an organization declares it will vote on a proposal. */
public enum DeclaredVote {
    FOR,
    AGAINST,
    ABSTAIN
}
