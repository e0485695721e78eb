package org.cofile.domain.answers;

import java.time.LocalDate;
import java.util.Map;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.ConflictException;

/** The checks every answer of the company shares. */
final class Answers {

    private Answers() {}

    /** The company answers a proposal it received: before filing there is nothing to answer. */
    static void requireFiled(Resolution resolution) {
        if (!resolution.getState().isSubmitted()) {
            throw new ConflictException(
                    "state",
                    "The company's answers are recorded once the resolution is filed; it is " + resolution.getState()
                            + ".");
        }
    }

    /** The meeting votes on a proposal still filed: a withdrawn one has no vote, no presenter, no declarations. */
    static void requireNotWithdrawn(Resolution resolution) {
        if (resolution.getState() == ResolutionState.WITHDRAWN) {
            throw new ConflictException(
                    "state", "The proponents withdrew this proposal: the meeting does not vote on it.");
        }
    }

    /** A day that happened: given, within the bounds every date has, and not after today. */
    static void requireDay(Map<String, String> errors, String field, LocalDate day, LocalDate today) {
        if (day == null) {
            errors.put(field, "Give the date.");
        } else if (day.isBefore(Bounds.EARLIEST_DATE) || day.isAfter(Bounds.LATEST_DATE)) {
            errors.put(field, "Give a date between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE + ".");
        } else if (day.isAfter(today)) {
            errors.put(field, "This has not happened yet: " + day + " is after today (" + today + ").");
        }
    }
}
