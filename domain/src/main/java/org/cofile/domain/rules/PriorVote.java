package org.cofile.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Percentage;

/**
 * An earlier vote on a proposal on substantially the same subject matter: by its counts, or, for a past vote whose
 * counts were never recorded, by the support figure reported for it. A reported figure may rest on another basis than
 * 14a-8(i)(12)'s for ÷ (for + against), such as a company's that counts abstentions, so the engine says when it used one.
 */
public record PriorVote(LocalDate meetingDate, VoteCounts counts, Percentage reportedSupport) {

    public PriorVote {
        Bounds.date(Checks.notNull(meetingDate, "meetingDate"), "meetingDate");
        if ((counts == null) == (reportedSupport == null)) {
            throw new InvalidInputException("counts", "give either the vote counts or the reported support, not both");
        }
    }

    public PriorVote(LocalDate meetingDate, VoteCounts counts) {
        this(meetingDate, Checks.notNull(counts, "counts"), null);
    }

    /** A vote known only by the support figure published for it, in percent. */
    public static PriorVote reported(LocalDate meetingDate, BigDecimal percent) {
        return new PriorVote(meetingDate, null, new Percentage(Checks.notNull(percent, "percent")));
    }

    public boolean isReported() {
        return counts == null;
    }
}
