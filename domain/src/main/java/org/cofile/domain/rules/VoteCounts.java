package org.cofile.domain.rules;

import org.cofile.domain.shared.Bounds;

/**
 * The raw vote on a proposal as reported by the company.
 *
 * @param sharesOutstanding shares entitled to vote, if known ({@code null} otherwise); stored, not used in support
 */
public record VoteCounts(long votesFor, long against, long abstain, long brokerNonVotes, Long sharesOutstanding) {

    public VoteCounts {
        Bounds.count(votesFor, "votesFor");
        Bounds.count(against, "against");
        Bounds.count(abstain, "abstain");
        Bounds.count(brokerNonVotes, "brokerNonVotes");
        if (sharesOutstanding != null) {
            Bounds.count(sharesOutstanding, "sharesOutstanding");
        }
    }

    public static VoteCounts of(long votesFor, long against, long abstain, long brokerNonVotes) {
        return new VoteCounts(votesFor, against, abstain, brokerNonVotes, null);
    }
}
