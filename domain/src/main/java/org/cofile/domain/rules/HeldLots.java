package org.cofile.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

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
}
