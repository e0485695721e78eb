package org.cofile.domain.rules;

import java.util.Optional;

/**
 * The filing rules of one jurisdiction for the meetings in one effective period. Each rule set is its own class;
 * {@link RuleSetRegistry} picks the one in force for a meeting date.
 */
public interface RuleSet {

    RuleSetRef ref();

    Jurisdiction jurisdiction();

    EffectivePeriod effective();

    /** Where the rules come from (statute, regulation, release). */
    String source();

    EligibilityVerdict eligibility(EligibilityQuery query);

    DeadlineVerdict submissionDeadline(DeadlineQuery query);

    /** The word limit for a kind of text, if the rule set has one. */
    Optional<WordLimit> wordLimit(TextKind textKind);
}
