package org.cofile.workflow.answers;

import java.util.List;
import org.cofile.domain.answers.DeficiencyNotice;
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.answers.NoActionRequest;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.VoteResult;

/**
 * Where a filed resolution stands with the company: its deficiency notices, no-action requests, the meeting's outcome
 * and the vote with both support figures, the bar a no-show put on its proponents, and whether the caller may record.
 * {@code outcome}, {@code vote} and {@code noShowBar} are {@code null} until known.
 */
public record AnswersPage(
        Resolution resolution,
        List<DeficiencyNotice> deficiencyNotices,
        List<NoActionRequest> noActionRequests,
        MeetingOutcome outcome,
        VoteResult vote,
        ClockVerdict noShowBar,
        boolean mayRecord) {}
