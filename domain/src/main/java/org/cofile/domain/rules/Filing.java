package org.cofile.domain.rules;

import java.time.LocalDate;
import org.cofile.domain.shared.Checks;

/**
 * One submission of a proposal to a company for a meeting. Co-filers of one proposal share its {@code proposalId}.
 *
 * @param representativeId who submitted on the shareholder's behalf, or {@code null} if the shareholder filed itself
 */
public record Filing(
        String filingId,
        String proposalId,
        String companyId,
        LocalDate meetingDate,
        String shareholderId,
        String representativeId) {

    public Filing {
        Checks.notBlank(filingId, "filingId");
        Checks.notBlank(proposalId, "proposalId");
        Checks.notBlank(companyId, "companyId");
        Checks.notNull(meetingDate, "meetingDate");
        Checks.notBlank(shareholderId, "shareholderId");
        if (representativeId != null) {
            Checks.notBlank(representativeId, "representativeId");
        }
    }
}
