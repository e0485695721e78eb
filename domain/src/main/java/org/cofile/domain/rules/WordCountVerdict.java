package org.cofile.domain.rules;

import org.cofile.domain.shared.Checks;

/**
 * A text's word count against the limit for its kind; {@code limit} is {@code null} when the rule set sets none.
 * {@code wordsOver} is 0 when within the limit.
 */
public record WordCountVerdict(
        RuleSetRef ruleSet,
        TextKind textKind,
        int count,
        Integer limit,
        boolean withinLimit,
        int wordsOver,
        String citation,
        String explanation) {

    public WordCountVerdict {
        Checks.notNull(ruleSet, "ruleSet");
        Checks.notNull(textKind, "textKind");
        Checks.notBlank(citation, "citation");
        Checks.notBlank(explanation, "explanation");
    }
}
