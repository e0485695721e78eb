package org.cofile.workflow.answers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cofile.domain.answers.BoardResponse;
import org.cofile.domain.answers.Commitment;
import org.cofile.domain.answers.DeclaredVote;
import org.cofile.domain.answers.DeficiencyNotice;
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.answers.NoActionRequest;
import org.cofile.domain.answers.VoteDeclaration;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.VoteResult;

/**
 * Where a filed resolution stands with the company: its deficiency notices, no-action requests, the meeting's outcome
 * and the vote with both support figures, the bar a no-show put on its proponents, the board's answer and the company's
 * commitments, the organizations' vote declarations the caller may read, and whether the caller may record and declare. {@code outcome}, {@code vote}, {@code noShowBar} and {@code
 * boardResponse} are {@code null} until known.
 */
public record AnswersPage(
        Resolution resolution,
        List<DeficiencyNotice> deficiencyNotices,
        List<NoActionRequest> noActionRequests,
        MeetingOutcome outcome,
        VoteResult vote,
        ClockVerdict noShowBar,
        ClockVerdict opposition,
        BoardResponse boardResponse,
        List<Commitment> commitments,
        List<VoteDeclaration> declarations,
        boolean mayRecord,
        boolean mayDeclare) {

    /** The shares declared for each way of voting, to set beside the result. */
    public Map<DeclaredVote, Long> declaredShares() {
        var shares = new EnumMap<DeclaredVote, Long>(DeclaredVote.class);
        for (var vote : DeclaredVote.values()) {
            shares.put(vote, 0L);
        }
        declarations.forEach(d -> shares.merge(d.getVote(), d.getShares(), Long::sum));
        return shares;
    }

    /** Whether the board's answer is asked for: only a board-review resolution asks the board for a review. */
    public boolean asksTheBoard() {
        return resolution.getKind() == ResolutionKind.BOARD_REVIEW;
    }
}
