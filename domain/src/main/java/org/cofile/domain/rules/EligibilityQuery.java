package org.cofile.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;

/**
 * Is this proponent (or group of members) eligible to file for this meeting?
 *
 * @param jurisdiction where the company's meeting is governed
 * @param meetingDate the meeting; chooses the rule set in force
 * @param submissionDate the day the proposal is submitted; holding periods run through it
 * @param holdings the lots held; several holder ids ask for aggregation
 * @param votingSharesOutstanding total voting shares (votes), for percentage thresholds; {@code null} if unknown
 * @param nominalValuePerShare nominal (par) value per share, for thresholds in share capital; {@code null} if unknown
 * @param documents what is on file
 */
public record EligibilityQuery(
        Jurisdiction jurisdiction,
        LocalDate meetingDate,
        LocalDate submissionDate,
        List<Holding> holdings,
        BigDecimal votingSharesOutstanding,
        Money nominalValuePerShare,
        Documents documents) {

    public EligibilityQuery {
        Checks.notNull(jurisdiction, "jurisdiction");
        Bounds.date(Checks.notNull(meetingDate, "meetingDate"), "meetingDate");
        Bounds.date(Checks.notNull(submissionDate, "submissionDate"), "submissionDate");
        holdings = Checks.noNulls(Bounds.entries(holdings, "holdings"), "holdings");
        if (holdings.isEmpty()) {
            throw new InvalidInputException("holdings", "must list at least one holding");
        }
        if (votingSharesOutstanding != null) {
            Bounds.decimal(
                    Checks.notNegative(votingSharesOutstanding, "votingSharesOutstanding"), "votingSharesOutstanding");
            BigDecimal held = holdings.stream().map(Holding::shares).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (held.compareTo(votingSharesOutstanding) > 0) {
                throw new InvalidInputException(
                        "votingSharesOutstanding",
                        "must be at least the shares held (" + held.toPlainString() + ", was "
                                + votingSharesOutstanding.toPlainString() + ")");
            }
        }
        Checks.notNull(documents, "documents");
    }

    /** The common case: one holder, no percentage or nominal data. */
    public static EligibilityQuery of(
            Jurisdiction jurisdiction,
            LocalDate meetingDate,
            LocalDate submissionDate,
            List<Holding> holdings,
            Documents documents) {
        return new EligibilityQuery(jurisdiction, meetingDate, submissionDate, holdings, null, null, documents);
    }

    /** The number of distinct holders in {@link #holdings}. */
    public int holdersCounted() {
        return (int) holdings.stream().map(Holding::holderId).distinct().count();
    }

    public BigDecimal totalShares() {
        return holdings.stream().map(Holding::shares).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
