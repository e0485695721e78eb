package org.cofile.workflow.answers;

import java.util.List;
import org.cofile.domain.answers.Subject;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.VoteResult;

/** A subject's resolutions, oldest meeting first, each with its vote when recorded ({@code null} before). */
public record SubjectHistory(Subject subject, List<Year> years) {

    public record Year(Resolution resolution, VoteResult vote) {}
}
