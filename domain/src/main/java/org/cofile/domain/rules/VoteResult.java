package org.cofile.domain.rules;

import org.cofile.domain.shared.Checks;

/** Support for a proposal by the SEC formula and by the company's formula, both labelled; broker non-votes in neither. */
public record VoteResult(VoteCounts counts, Support sec, Support company, String citation, String explanation) {

    public VoteResult {
        Checks.notNull(counts, "counts");
        Checks.notNull(sec, "sec");
        Checks.notNull(company, "company");
        Checks.notBlank(citation, "citation");
        Checks.notBlank(explanation, "explanation");
    }
}
