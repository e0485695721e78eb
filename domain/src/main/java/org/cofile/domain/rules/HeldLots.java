package org.cofile.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/** The lots of a query that pass a holding test, with their totals; a helper for rule sets. */
public record HeldLots(List<Holding> lots) {

    public static HeldLots of(EligibilityQuery query, Predicate<Holding> heldLongEnough) {
        return new HeldLots(query.holdings().stream()
                .filter(h -> !h.heldSince().isAfter(query.submissionDate()))
                .filter(heldLongEnough)
                .toList());
    }

    public BigDecimal shares() {
        return lots.stream().map(Holding::shares).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int holders() {
        return (int) lots.stream().map(Holding::holderId).distinct().count();
    }

    /** The latest start among the lots: all of them have been held at least since then. */
    public LocalDate heldSince() {
        return lots.stream()
                .map(Holding::heldSince)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    public Period periodHeld(LocalDate through) {
        LocalDate since = heldSince();
        return since == null ? null : Period.between(since, through);
    }

    public boolean anyMatch(Predicate<Holding> test) {
        return lots.stream().anyMatch(test);
    }

    /** The market value of the lots that state one, in {@code currency}; see {@link #marketValueMissing()}. */
    public Money marketValue(String currency) {
        return lots.stream()
                .map(Holding::marketValue)
                .filter(Objects::nonNull)
                .reduce(Money.zero(currency), Money::plus);
    }

    public boolean marketValueMissing() {
        return anyMatch(h -> h.marketValue() == null);
    }

    /** The shares as a share of all voting shares; {@code null} while the number outstanding is unknown or zero. */
    public Percentage shareOfVotes(BigDecimal votingSharesOutstanding) {
        return votingSharesOutstanding == null || votingSharesOutstanding.signum() == 0
                ? null
                : Percentage.ratio(shares(), votingSharesOutstanding, 4);
    }

    /**
     * The figures of a verdict that counted these lots; {@code value}, {@code shareOfVotes} and {@code averagePaidUp}
     * are {@code null} where the rule set does not use them.
     */
    public EligibilityFigures figures(
            LocalDate submissionDate,
            Money value,
            Percentage shareOfVotes,
            Money averagePaidUp,
            boolean aggregationAllowed) {
        int holders = holders();
        return new EligibilityFigures(
                shares(),
                value,
                shareOfVotes,
                heldSince(),
                periodHeld(submissionDate),
                holders,
                averagePaidUp,
                holders > 1,
                aggregationAllowed);
    }
}
