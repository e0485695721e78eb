package org.cofile.domain.rules;

import java.time.LocalDate;
import org.cofile.domain.shared.Checks;

/** An earlier vote on a proposal on substantially the same subject matter. */
public record PriorVote(LocalDate meetingDate, VoteCounts counts) {

    public PriorVote {
        Checks.notNull(meetingDate, "meetingDate");
        Checks.notNull(counts, "counts");
    }
}
