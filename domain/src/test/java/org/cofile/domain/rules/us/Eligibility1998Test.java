package org.cofile.domain.rules.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityStatus;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule 14a-8(b)(1) as in force until 2021: $2,000 or 1%, held one year. */
class Eligibility1998Test {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate MEETING = LocalDate.of(2021, 6, 15);
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 10);
    private static final LocalDate ONE_YEAR = LocalDate.of(2021, 1, 10);

    private static EligibilityVerdict check(List<Holding> holdings, LocalDate submitted, BigDecimal outstanding) {
        return RULES.eligibility(new EligibilityQuery(
                Jurisdiction.US,
                MEETING,
                submitted,
                holdings,
                outstanding,
                null,
                new Documents(true, true, false, null)));
    }

    private static List<Holding> lot(String shares, String usd) {
        return List.of(Holding.ofValue("p1", new BigDecimal(shares), SINCE, Money.usd(usd)));
    }

    @Test
    @DisplayName("14a-8(b)(1) (1998): $1,999.99 vs $2,000 held one year")
    void twoThousandBoundary() {
        assertThat(check(lot("10", "1999.99"), ONE_YEAR, null).status()).isEqualTo(EligibilityStatus.CANNOT_DETERMINE);
        assertThat(check(lot("10", "1999.99"), ONE_YEAR, new BigDecimal("1000000"))
                        .status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        EligibilityVerdict met = check(lot("10", "2000"), ONE_YEAR, null);
        assertThat(met.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(met.thresholdMet()).isEqualTo("$2,000 / 1 year threshold");
        assertThat(met.ruleSet().id()).isEqualTo("US-14a-8-1998");
    }

    @Test
    @DisplayName("14a-8(b)(1) (1998): 99 of 10,000 shares (0.99%) vs 100 (1%) held one year")
    void onePercentBoundary() {
        BigDecimal outstanding = new BigDecimal("10000");
        assertThat(check(lot("99", "100"), ONE_YEAR, outstanding).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        EligibilityVerdict met = check(lot("100", "100"), ONE_YEAR, outstanding);
        assertThat(met.thresholdMet()).isEqualTo("1% / 1 year threshold");
        assertThat(met.figures().shareOfVotes()).hasToString("1.00%");
    }

    @Test
    @DisplayName("14a-8(b)(1) (1998): one year minus a day is not one year")
    void oneYearMinusADayFails() {
        assertThat(check(lot("10", "5000"), ONE_YEAR.minusDays(1), null).isEligible())
                .isFalse();
        assertThat(check(lot("10", "5000"), ONE_YEAR, null).isEligible()).isTrue();
    }

    @Test
    @DisplayName("14a-8(b)(1) (1998): co-proponents could combine holdings before the 2020 amendments")
    void coProponentsMayAggregate() {
        List<Holding> lots = List.of(
                Holding.ofValue("p1", BigDecimal.TEN, SINCE, Money.usd("1000")),
                Holding.ofValue("p2", BigDecimal.TEN, SINCE, Money.usd("1000")));
        EligibilityVerdict verdict = check(lots, ONE_YEAR, null);
        assertThat(verdict.isEligible()).isTrue();
        assertThat(verdict.figures().aggregated()).isTrue();
        assertThat(verdict.figures().aggregationAllowed()).isTrue();
        assertThat(verdict.figures().holdersCounted()).isEqualTo(2);
        assertThat(verdict.explanation()).contains("by 2 holders combined");
    }

    @Test
    @DisplayName("14a-8(b) (1998): no engagement statement or representative authorization is asked for")
    void noEngagementStatementUnderTheOldRules() {
        EligibilityVerdict verdict = check(lot("10", "2000"), ONE_YEAR, null);
        assertThat(verdict.missingCodes()).doesNotContain(MissingCode.ENGAGEMENT_AVAILABILITY);
    }

    @Test
    @DisplayName("Release 34-89964: a meeting on 2021-12-31 uses the 1998 rules, on 2022-01-01 the 2020 rules")
    void ruleSetSwitchesOnFirstJanuary2022() {
        List<Holding> lots =
                List.of(Holding.ofValue("p1", BigDecimal.TEN, LocalDate.of(2020, 10, 1), Money.usd("2000")));
        LocalDate submitted = LocalDate.of(2021, 10, 1);
        EligibilityVerdict old = RULES.eligibility(EligibilityQuery.of(
                Jurisdiction.US, LocalDate.of(2021, 12, 31), submitted, lots, Documents.complete()));
        EligibilityVerdict amended = RULES.eligibility(
                EligibilityQuery.of(Jurisdiction.US, LocalDate.of(2022, 1, 1), submitted, lots, Documents.complete()));
        assertThat(old.ruleSet().id()).isEqualTo("US-14a-8-1998");
        assertThat(old.isEligible()).isTrue();
        assertThat(amended.ruleSet().id()).isEqualTo("US-14a-8-2020");
        assertThat(amended.isEligible()).isFalse();
    }
}
