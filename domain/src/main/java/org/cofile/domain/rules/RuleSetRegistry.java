package org.cofile.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.cofile.domain.rules.au.CorporationsAct2001;
import org.cofile.domain.rules.ca.CanadaBusinessCorporationsAct;
import org.cofile.domain.rules.eu.MemberStateRuleSet;
import org.cofile.domain.rules.eu.MemberStateThresholds;
import org.cofile.domain.rules.uk.CompaniesAct2006;
import org.cofile.domain.rules.us.Rule14a8As1998;
import org.cofile.domain.rules.us.Rule14a8As2020;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The rule sets the engine knows, chosen by jurisdiction and meeting date. Adding a rule set or a country is one new
 * class (or one EU data row) and one line in {@link #standard()}; no other rule set changes.
 */
public final class RuleSetRegistry {

    private final List<RuleSet> ruleSets;

    public RuleSetRegistry(List<RuleSet> ruleSets) {
        this.ruleSets = Checks.noNulls(ruleSets, "ruleSets");
        for (RuleSet a : this.ruleSets) {
            for (RuleSet b : this.ruleSets) {
                if (a != b && a.jurisdiction().equals(b.jurisdiction()) && overlap(a.effective(), b.effective())) {
                    throw new IllegalStateException(
                            a.ref().id() + " and " + b.ref().id() + " are both in force on some meeting date");
                }
            }
        }
    }

    private static final class Standard {
        static final RuleSetRegistry INSTANCE = build();

        private static RuleSetRegistry build() {
            List<RuleSet> sets = new ArrayList<>();
            sets.add(new Rule14a8As1998());
            sets.add(new Rule14a8As2020());
            sets.add(new CompaniesAct2006());
            sets.add(new CorporationsAct2001());
            sets.add(new CanadaBusinessCorporationsAct());
            MemberStateThresholds.all().forEach(t -> sets.add(new MemberStateRuleSet(t)));
            return new RuleSetRegistry(sets);
        }
    }

    /** Every rule set in this library. */
    public static RuleSetRegistry standard() {
        return Standard.INSTANCE;
    }

    public List<RuleSet> all() {
        return ruleSets;
    }

    /** The known jurisdictions, in registration order. */
    public List<Jurisdiction> jurisdictions() {
        return ruleSets.stream().map(RuleSet::jurisdiction).distinct().toList();
    }

    /**
     * The rule set in force for a meeting on {@code meetingDate}.
     *
     * @throws InvalidInputException on {@code meetingDate} when no rule set of that jurisdiction covers the date, or on
     *     {@code jurisdiction} when the jurisdiction is unknown
     */
    public RuleSet inForce(Jurisdiction jurisdiction, LocalDate meetingDate) {
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notNull(meetingDate, "meetingDate");
        List<RuleSet> ofJurisdiction = ofJurisdiction(jurisdiction);
        return ofJurisdiction.stream()
                .filter(r -> r.effective().contains(meetingDate))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "meetingDate",
                        "has no " + jurisdiction + " rule set in force on " + meetingDate + "; known: "
                                + ofJurisdiction.stream()
                                        .map(r -> r.ref().id() + " (" + r.effective() + ")")
                                        .collect(Collectors.joining(", "))));
    }

    /** The rule set with the latest effective date for {@code jurisdiction}. */
    public RuleSet latest(Jurisdiction jurisdiction) {
        return ofJurisdiction(jurisdiction).stream()
                .max(Comparator.comparing(r -> r.effective().from()))
                .orElseThrow();
    }

    private List<RuleSet> ofJurisdiction(Jurisdiction jurisdiction) {
        List<RuleSet> found = ruleSets.stream()
                .filter(r -> r.jurisdiction().equals(jurisdiction))
                .toList();
        if (found.isEmpty()) {
            throw new InvalidInputException(
                    "jurisdiction",
                    "'" + jurisdiction + "' is not a known jurisdiction; known: "
                            + jurisdictions().stream().map(Jurisdiction::code).collect(Collectors.joining(", ")));
        }
        return found;
    }

    private static boolean overlap(EffectivePeriod a, EffectivePeriod b) {
        boolean aEndsBeforeB = a.until() != null && a.until().isBefore(b.from());
        boolean bEndsBeforeA = b.until() != null && b.until().isBefore(a.from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
