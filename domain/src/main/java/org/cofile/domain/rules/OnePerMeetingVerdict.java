package org.cofile.domain.rules;

import java.util.List;
import org.cofile.domain.shared.Checks;

/** The one-proposal-per-meeting check over a set of filings: the conflicts found (empty when none). */
public record OnePerMeetingVerdict(
        List<OnePerMeetingConflict> conflicts, List<RuleSetRef> ruleSets, String explanation) {

    public OnePerMeetingVerdict {
        conflicts = Checks.noNulls(conflicts, "conflicts");
        ruleSets = Checks.noNulls(ruleSets, "ruleSets");
        Checks.notBlank(explanation, "explanation");
    }

    public boolean compliant() {
        return conflicts.isEmpty();
    }
}
