package org.cofile.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.shared.Checks;

/** A person who appears in more than one proposal for the same meeting, with the filings concerned. */
public record OnePerMeetingConflict(
        String personId,
        String companyId,
        LocalDate meetingDate,
        RuleSetRef ruleSet,
        List<Filing> filings,
        String citation,
        String explanation) {

    public OnePerMeetingConflict {
        Checks.notBlank(personId, "personId");
        Checks.notBlank(companyId, "companyId");
        Checks.notNull(meetingDate, "meetingDate");
        Checks.notNull(ruleSet, "ruleSet");
        filings = Checks.noNulls(filings, "filings");
        Checks.notBlank(citation, "citation");
        Checks.notBlank(explanation, "explanation");
    }
}
