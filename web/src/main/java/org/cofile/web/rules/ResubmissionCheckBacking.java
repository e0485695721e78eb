package org.cofile.web.rules;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cofile.domain.rules.PriorVote;
import org.cofile.domain.rules.ResubmissionQuery;
import org.cofile.domain.rules.ResubmissionVerdict;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;

/** The resubmission check (US 14a-8(i)(12)): earlier votes on the same subject against the thresholds. */
@Named
@ViewScoped
public class ResubmissionCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "meetingDate", "meetingDate",
            "priorVotes", "votes",
            "votesFor", "votesFor",
            "against", "against",
            "abstain", "abstain",
            "brokerNonVotes", "brokerNonVotes");

    /** One earlier vote as the form edits it: when it was held, and its counts. */
    public static class Vote extends VoteCountsInput {

        private static final long serialVersionUID = 1L;

        private LocalDate meetingDate;

        public LocalDate getMeetingDate() {
            return meetingDate;
        }

        public void setMeetingDate(LocalDate meetingDate) {
            this.meetingDate = meetingDate;
        }
    }

    @Inject
    private Messages messages;

    private LocalDate meetingDate;
    private final List<Vote> votes = new ArrayList<>(List.of(new Vote()));
    private transient ResubmissionVerdict verdict;

    public void addVote() {
        votes.add(new Vote());
    }

    public void removeVote(Vote vote) {
        votes.remove(vote);
    }

    public void check(ActionEvent event) {
        verdict = null;
        try {
            List<PriorVote> prior = new ArrayList<>();
            for (Vote v : votes) {
                prior.add(new PriorVote(v.getMeetingDate(), v.toVoteCounts()));
            }
            verdict = RuleCheck.RULES.resubmission(new ResubmissionQuery(meetingDate, prior));
        } catch (InvalidInputException e) {
            RuleCheck.report(messages, event, e, INPUTS);
        }
    }

    public ResubmissionVerdict getVerdict() {
        return verdict;
    }

    public List<Vote> getVotes() {
        return votes;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }
}
