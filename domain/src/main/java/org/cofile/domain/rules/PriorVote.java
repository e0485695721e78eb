package org.cofile.domain.rules;

import java.time.LocalDate;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;

/** An earlier vote on a proposal on substantially the same subject matter. */
public record PriorVote(LocalDate meetingDate, VoteCounts counts) {

    public PriorVote {
        Bounds.date(Checks.notNull(meetingDate, "meetingDate"), "meetingDate");
        Checks.notNull(counts, "counts");
    }
}
