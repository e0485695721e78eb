package org.cofile.workflow.resolution;

import java.io.Serializable;
import java.util.Set;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ReviewAction;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.WordCountVerdict;

/**
 * A resolution as its page and the API show it: with its words against the limit, the filing deadline of its meeting
 * (null with the reason when the engine cannot say) and what the caller may do with it.
 */
public record ResolutionDetails(
        Resolution resolution,
        WordCountVerdict wordCount,
        DeadlineVerdict deadline,
        String deadlineUnavailable,
        boolean mayEdit,
        boolean mayComment,
        Set<ReviewAction> allowedActions)
        implements Serializable {

    public boolean mayPerform(ReviewAction action) {
        return allowedActions.contains(action);
    }
}
