package org.cofile.domain.rules.us;

import java.time.LocalDate;
import org.cofile.domain.rules.EffectivePeriod;
import org.cofile.domain.rules.RuleSetRef;

/** A Division of Corporation Finance posture on no-action requests, in force for requests made in its season. */
public interface StaffPosture {

    RuleSetRef ref();

    /** The request dates the posture covers. */
    EffectivePeriod season();

    /** One or two sentences a member understands. */
    String summary();

    default boolean coversRequestOn(LocalDate requestDate) {
        return season().contains(requestDate);
    }
}
