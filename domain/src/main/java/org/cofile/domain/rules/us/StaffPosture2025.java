package org.cofile.domain.rules.us;

import java.time.LocalDate;
import org.cofile.domain.rules.EffectivePeriod;
import org.cofile.domain.rules.RuleSetRef;

/**
 * The Corporation Finance statement of 2025-11-17: for the 2025-26 season staff gives no view on no-action requests
 * except under 14a-8(i)(1), and a company that files its (j) notice with an unqualified representation receives a
 * non-objection letter.
 */
public final class StaffPosture2025 implements StaffPosture {

    /** Corporation Finance statement of 2025-11-17: the season starts 2025-10-01 ... */
    public static final LocalDate SEASON_START = LocalDate.of(2025, 10, 1);

    /** ... and ends 2026-09-30. */
    public static final LocalDate SEASON_END = LocalDate.of(2026, 9, 30);

    private static final RuleSetRef REF =
            new RuleSetRef("US-staff-posture-2025-26", "Corporation Finance no-action posture 2025-26");

    @Override
    public RuleSetRef ref() {
        return REF;
    }

    @Override
    public EffectivePeriod season() {
        return new EffectivePeriod(SEASON_START, SEASON_END);
    }

    @Override
    public String summary() {
        return "In the 2025-26 season (" + SEASON_START + " to " + SEASON_END
                + ") staff gives no view on the merits except under 14a-8(i)(1); a company that files its (j) notice"
                + " with an unqualified representation that it has a reasonable basis to exclude may receive a"
                + " non-objection letter (Corporation Finance statement of 2025-11-17).";
    }
}
