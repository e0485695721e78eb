package org.cofile.web.rules;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.cofile.domain.rules.VoteResult;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;

/** The vote result check: support by the SEC formula and by the company's. */
@Named
@ViewScoped
public class VoteResultCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "votesFor", "votesFor", "against", "against", "abstain", "abstain", "brokerNonVotes", "brokerNonVotes");

    @Inject
    private Messages messages;

    private final VoteCountsInput counts = new VoteCountsInput();
    private transient VoteResult result;

    public void check(ActionEvent event) {
        result = null;
        try {
            result = RuleCheck.RULES.voteResult(counts.toVoteCounts());
        } catch (InvalidInputException e) {
            RuleCheck.report(messages, event, e, INPUTS);
        }
    }

    public VoteResult getResult() {
        return result;
    }

    public VoteCountsInput getCounts() {
        return counts;
    }
}
