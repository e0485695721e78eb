package org.cofile.domain.rules.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.rules.DeadlineKind;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityStatus;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.Timeliness;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CBCA s137 and SOR/2001-512 ss. 46-49. */
class CanadaBusinessCorporationsActTest {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate MEETING = LocalDate.of(2025, 6, 15);
    private static final LocalDate SINCE = LocalDate.of(2024, 8, 31);
    private static final LocalDate SIX_MONTHS = LocalDate.of(2025, 2, 28);

    private static EligibilityVerdict check(Holding holding, LocalDate submitted, BigDecimal outstanding) {
        return RULES.eligibility(new EligibilityQuery(
                Jurisdiction.CA, MEETING, submitted, List.of(holding), outstanding, null, Documents.complete()));
    }

    @Test
    @DisplayName("SOR/2001-512 s.46: CAD 1,999.99 is short, CAD 2,000 is enough")
    void twoThousandDollars() {
        BigDecimal outstanding = new BigDecimal("1000000");
        assertThat(check(Holding.ofValue("p", BigDecimal.TEN, SINCE, Money.cad("1999.99")), SIX_MONTHS, outstanding)
                        .status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        EligibilityVerdict met =
                check(Holding.ofValue("p", BigDecimal.TEN, SINCE, Money.cad("2000")), SIX_MONTHS, outstanding);
        assertThat(met.isEligible()).isTrue();
        assertThat(met.thresholdMet()).isEqualTo("CAD 2,000 / 6 months threshold");
        assertThat(met.ruleSet().id()).isEqualTo("CA-CBCA-2022");
    }

    @Test
    @DisplayName("SOR/2001-512 s.46: 0.99% of the voting shares is short, 1% is enough")
    void onePercent() {
        BigDecimal outstanding = new BigDecimal("10000");
        assertThat(check(Holding.ofValue("p", new BigDecimal("99"), SINCE, Money.cad("1")), SIX_MONTHS, outstanding)
                        .status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(check(Holding.ofValue("p", new BigDecimal("100"), SINCE, Money.cad("1")), SIX_MONTHS, outstanding)
                        .thresholdMet())
                .isEqualTo("1.00% / 6 months threshold");
    }

    @Test
    @DisplayName("SOR/2001-512 s.46: held since 31 Aug 2024, six months are reached on 28 Feb 2025, not the 27th")
    void sixMonthsAtAMonthEnd() {
        Holding lot = Holding.ofValue("p", BigDecimal.TEN, SINCE, Money.cad("5000"));
        assertThat(check(lot, SIX_MONTHS, null).isEligible()).isTrue();
        assertThat(check(lot, SIX_MONTHS.minusDays(1), null).status()).isEqualTo(EligibilityStatus.CANNOT_DETERMINE);
        assertThat(check(lot, SIX_MONTHS.minusDays(1), new BigDecimal("1000000"))
                        .status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    }

    @Test
    void valueInUsDollarsIsRefused() {
        assertThatThrownBy(
                        () -> check(Holding.ofValue("p", BigDecimal.TEN, SINCE, Money.usd("5000")), SIX_MONTHS, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("holdings[0].value");
    }

    @Test
    @DisplayName("SOR/2001-512 s.49: not more than 150 and not less than 90 days before the anniversary")
    void windowOfNinetyToOneHundredFiftyDays() {
        DeadlineVerdict verdict = RULES.submissionDeadline(
                DeadlineQuery.annual(Jurisdiction.CA, MEETING, LocalDate.of(2024, 6, 15), null));
        assertThat(verdict.kind()).isEqualTo(DeadlineKind.WINDOW);
        assertThat(verdict.windowOpens()).isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 1, 15))).isEqualTo(Timeliness.TOO_EARLY);
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 1, 16))).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 3, 17))).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 3, 18))).isEqualTo(Timeliness.LATE);
    }

    @Test
    @DisplayName("SOR/2001-512 s.49: a previous meeting on 29 Feb 2024 has its anniversary on 28 Feb 2025")
    void leapDayAnniversary() {
        DeadlineVerdict verdict = RULES.submissionDeadline(
                DeadlineQuery.annual(Jurisdiction.CA, LocalDate.of(2025, 2, 28), LocalDate.of(2024, 2, 29), null));
        assertThat(verdict.windowOpens()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2024, 11, 30));
    }

    @Test
    void noPreviousMeetingIsNotEncoded() {
        DeadlineVerdict verdict = RULES.submissionDeadline(DeadlineQuery.annual(Jurisdiction.CA, MEETING, null, null));
        assertThat(verdict.kind()).isEqualTo(DeadlineKind.NOT_ENCODED);
    }
}
