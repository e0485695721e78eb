package org.cofile.domain.rules.us;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cofile.domain.rules.Support;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.rules.VoteResult;

/**
 * Support for a proposal, two ways, both to two decimals HALF_UP: the SEC's for ÷ (for + against), which
 * 14a-8(i)(12) uses, and the company's common for ÷ (for + against + abstain). Broker non-votes count in neither.
 */
public final class SupportCalculator {

    /** Two decimals, rounded half up, for every support figure shown. */
    public static final int SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SupportCalculator() {}

    public static VoteResult of(VoteCounts counts) {
        long secDenominator = counts.votesFor() + counts.against();
        long companyDenominator = secDenominator + counts.abstain();
        Support sec = support(
                "SEC formula (Rule 14a-8(i)(12))",
                "for / (for + against)",
                counts.votesFor(),
                secDenominator,
                "no votes were cast for or against");
        Support company = support(
                "Company formula (abstentions counted as against)",
                "for / (for + against + abstain)",
                counts.votesFor(),
                companyDenominator,
                "no votes were cast for, against or abstaining");
        String explanation = (sec.isDefined() ? "Support " + sec.percent() + "% by the SEC formula" : sec.explanation())
                + (company.isDefined() ? "; " + company.percent() + "% counting abstentions as against" : "")
                + "; " + counts.brokerNonVotes() + " broker non-votes are not counted in either.";
        return new VoteResult(counts, sec, company, Rule14a8.CFR + "(i)(12); SLB 14 (verify section)", explanation);
    }

    private static Support support(String label, String formula, long numerator, long denominator, String why) {
        if (denominator == 0) {
            return new Support(label, formula, null, "Support is undefined: " + why + ".");
        }
        BigDecimal percent = BigDecimal.valueOf(numerator)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
        return new Support(
                label, formula, percent, percent + "% = " + numerator + " / " + denominator + " (" + formula + ")");
    }
}
