package org.cofile.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/**
 * The figures an eligibility verdict used. Fields that the rule set does not need are {@code null}.
 *
 * @param shares voting shares counted
 * @param value market value counted
 * @param shareOfVotes shares counted as a share of all voting shares (rounded HALF_UP to 4 decimals for display)
 * @param heldSince the latest start of the lots counted: all of them were held at least since then
 * @param periodHeld from {@code heldSince} through the submission date
 * @param holdersCounted distinct holders whose lots were counted
 * @param averagePaidUp average sum paid up per member (UK)
 * @param aggregated whether holdings of more than one holder were combined
 * @param aggregationAllowed whether the rule set allows combining holdings
 */
public record EligibilityFigures(
        BigDecimal shares,
        Money value,
        Percentage shareOfVotes,
        LocalDate heldSince,
        Period periodHeld,
        int holdersCounted,
        Money averagePaidUp,
        boolean aggregated,
        boolean aggregationAllowed) {}
