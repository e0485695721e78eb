package org.cofile.workflow.answers;

import java.util.List;
import org.cofile.domain.answers.Subject;
import org.cofile.domain.answers.SupportFigure;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.PriorVote;
import org.cofile.domain.rules.VoteResult;

/** A subject's resolutions, oldest meeting first, each with its vote when recorded. */
public record SubjectHistory(Subject subject, List<Year> years) {

    /**
     * One resolution of the subject: {@code vote} from recorded counts, {@code support} from the counts or as
     * reported, {@code priorVote} as the resubmission check weighs it; each {@code null} while unknown.
     */
    public record Year(Resolution resolution, VoteResult vote, SupportFigure support, PriorVote priorVote) {}
}
