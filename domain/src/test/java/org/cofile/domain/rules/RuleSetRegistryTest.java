package org.cofile.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.rules.us.Rule14a8As2020;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RuleSetRegistryTest {

    /** A stand-in for a new country, to show that adding one needs no change to the others. */
    private record NewZealand(EffectivePeriod effective) implements RuleSet {
        @Override
        public RuleSetRef ref() {
            return new RuleSetRef("NZ-test", "New Zealand (test)");
        }

        @Override
        public Jurisdiction jurisdiction() {
            return new Jurisdiction("NZ");
        }

        @Override
        public String source() {
            return "test";
        }

        @Override
        public EligibilityVerdict eligibility(EligibilityQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeadlineVerdict submissionDeadline(DeadlineQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WordLimit> wordLimit(TextKind textKind) {
            return Optional.of(new WordLimit(textKind, 7, "test"));
        }
    }

    @Test
    void aNewRuleSetIsAddedWithoutTouchingTheOthers() {
        List<RuleSet> sets = new ArrayList<>(RuleSetRegistry.standard().all());
        sets.add(new NewZealand(EffectivePeriod.from(LocalDate.of(2000, 1, 1))));
        FilingRules rules = new FilingRules(new RuleSetRegistry(sets), List.of());
        assertThat(rules.wordCount(new Jurisdiction("NZ"), TextKind.PROPOSAL, "one two three four five six seven eight")
                        .wordsOver())
                .isEqualTo(1);
        assertThat(rules.ruleSetFor(Jurisdiction.US, LocalDate.of(2024, 1, 1))
                        .ref()
                        .id())
                .isEqualTo("US-14a-8-2020");
    }

    @Test
    void overlappingRuleSetsOfOneJurisdictionAreRefused() {
        List<RuleSet> sets = List.of(
                new NewZealand(EffectivePeriod.from(LocalDate.of(2000, 1, 1))),
                new NewZealand(new EffectivePeriod(LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1))));
        assertThatThrownBy(() -> new RuleSetRegistry(sets)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theUsRuleSetSwitchesOnFirstJanuary2022() {
        RuleSetRegistry registry = RuleSetRegistry.standard();
        assertThat(registry.inForce(Jurisdiction.US, LocalDate.of(2021, 12, 31))
                        .ref()
                        .id())
                .isEqualTo("US-14a-8-1998");
        assertThat(registry.inForce(Jurisdiction.US, LocalDate.of(2022, 1, 1))
                        .ref()
                        .id())
                .isEqualTo("US-14a-8-2020");
        assertThat(Rule14a8As2020.EFFECTIVE_FROM).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void aMeetingBeforeAnyRuleSetIsRefusedNamingTheMeetingDate() {
        assertThatThrownBy(() -> RuleSetRegistry.standard().inForce(Jurisdiction.CA, LocalDate.of(2022, 8, 30)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("meetingDate has no CA rule set in force on 2022-08-30");
    }

    @Test
    void everyRuleSetHasADistinctId() {
        List<String> ids =
                RuleSetRegistry.standard().all().stream().map(r -> r.ref().id()).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(9);
    }
}
