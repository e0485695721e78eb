package org.cofile.web.rules;

import java.io.Serializable;
import org.cofile.domain.rules.VoteCounts;

/** The four counts of a vote as a form edits them; the domain checks them when they become {@link VoteCounts}. */
public class VoteCountsInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long votesFor;
    private Long against;
    private Long abstain;
    private Long brokerNonVotes;

    VoteCounts toVoteCounts() {
        return VoteCounts.of(votesFor, against, abstain, brokerNonVotes);
    }

    public Long getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Long votesFor) {
        this.votesFor = votesFor;
    }

    public Long getAgainst() {
        return against;
    }

    public void setAgainst(Long against) {
        this.against = against;
    }

    public Long getAbstain() {
        return abstain;
    }

    public void setAbstain(Long abstain) {
        this.abstain = abstain;
    }

    public Long getBrokerNonVotes() {
        return brokerNonVotes;
    }

    public void setBrokerNonVotes(Long brokerNonVotes) {
        this.brokerNonVotes = brokerNonVotes;
    }
}
