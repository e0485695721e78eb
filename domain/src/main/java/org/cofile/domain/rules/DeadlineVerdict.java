package org.cofile.domain.rules;

import java.time.LocalDate;
import org.cofile.domain.shared.Checks;

/**
 * The submission deadline for a meeting: the last day a submission may be received ({@code null} when only "a
 * reasonable time" can be said), the first day of the window where there is one, and how it was computed.
 */
public record DeadlineVerdict(
        RuleSetRef ruleSet,
        DeadlineKind kind,
        LocalDate windowOpens,
        LocalDate deadline,
        String computation,
        String citation,
        String explanation) {

    public DeadlineVerdict {
        Checks.notNull(ruleSet, "ruleSet");
        Checks.notNull(kind, "kind");
        Checks.notBlank(computation, "computation");
        Checks.notBlank(citation, "citation");
        Checks.notBlank(explanation, "explanation");
    }

    /** Whether a submission received on {@code receivedOn} is in time; the deadline day itself is on time. */
    public Timeliness timelinessOf(LocalDate receivedOn) {
        Checks.notNull(receivedOn, "receivedOn");
        if (deadline == null) {
            return Timeliness.UNKNOWN;
        }
        if (windowOpens != null && receivedOn.isBefore(windowOpens)) {
            return Timeliness.TOO_EARLY;
        }
        return receivedOn.isAfter(deadline) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
}
