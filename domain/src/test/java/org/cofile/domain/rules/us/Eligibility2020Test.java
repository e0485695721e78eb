package org.cofile.domain.rules.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.cofile.domain.rules.Representative;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule 14a-8(b)(1)(i) as amended by Release 34-89964: the three tiers, no aggregation, the documents. */
class Eligibility2020Test {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate MEETING = LocalDate.of(2024, 6, 15);

    private static EligibilityVerdict check(String usd, LocalDate heldSince, LocalDate submitted) {
        return check(List.of(Holding.ofValue("p1", BigDecimal.TEN, heldSince, Money.usd(usd))), submitted);
    }

    private static EligibilityVerdict check(List<Holding> holdings, LocalDate submitted) {
        return RULES.eligibility(
                EligibilityQuery.of(Jurisdiction.US, MEETING, submitted, holdings, Documents.complete()));
    }

    @Test
    @DisplayName("14a-8(b)(1)(i)(A): 2 years 364 days does not meet the $2,000 / 3 years tier")
    void heldTwoYears364DaysFailsTheThreeYearTier() {
        EligibilityVerdict verdict = check("2150", LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 29));
        assertThat(verdict.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(verdict.thresholdMet()).isNull();
        assertThat(verdict.explanation()).contains("needs $2,000.00");
    }

    @Test
    @DisplayName("14a-8(b)(1)(i)(A): 3 years to the day meets the $2,000 / 3 years tier, explained to a member")
    void heldThreeYearsMeetsTheThreeYearTier() {
        EligibilityVerdict verdict = check("2150", LocalDate.of(2021, 3, 1), LocalDate.of(2024, 3, 1));
        assertThat(verdict.isEligible()).isTrue();
        assertThat(verdict.thresholdMet()).isEqualTo("$2,000 / 3 years tier");
        assertThat(verdict.explanation())
                .isEqualTo("Eligible under the $2,000 / 3 years tier: $2,150.00 held continuously since 2021-03-01.");
        assertThat(verdict.ruleSet().id()).isEqualTo("US-14a-8-2020");
        assertThat(verdict.citation()).contains("14a-8(b)(1)(i)");
        assertThat(verdict.figures().value()).isEqualTo(Money.usd("2150"));
        assertThat(verdict.figures().periodHeld().getYears()).isEqualTo(3);
        assertThat(verdict.figures().holdersCounted()).isEqualTo(1);
        assertThat(verdict.figures().aggregated()).isFalse();
        assertThat(verdict.figures().aggregationAllowed()).isFalse();
    }

    @Test
    @DisplayName("14a-8(b)(1)(i)(A): $1,999.99 for 3 years is below the $2,000 tier")
    void oneCentBelowTwoThousandFailsTheThreeYearTier() {
        LocalDate since = LocalDate.of(2020, 1, 1);
        assertThat(check("1999.99", since, LocalDate.of(2024, 1, 2)).status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(check("2000.00", since, LocalDate.of(2024, 1, 2)).thresholdMet())
                .isEqualTo("$2,000 / 3 years tier");
    }

    @Test
    @DisplayName("14a-8(b)(1)(i)(B): $14,999.99 vs $15,000 held exactly 2 years")
    void fifteenThousandBoundaryForTheTwoYearTier() {
        LocalDate since = LocalDate.of(2022, 3, 1);
        LocalDate submitted = LocalDate.of(2024, 3, 1);
        assertThat(check("14999.99", since, submitted).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(check("15000", since, submitted).thresholdMet()).isEqualTo("$15,000 / 2 years tier");
        assertThat(check("15000", since, submitted.minusDays(1)).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    }

    @Test
    @DisplayName("14a-8(b)(1)(i)(C): $24,999.99 vs $25,000 held exactly 1 year, and 1 year minus a day")
    void twentyFiveThousandBoundaryForTheOneYearTier() {
        LocalDate since = LocalDate.of(2023, 3, 1);
        LocalDate submitted = LocalDate.of(2024, 3, 1);
        assertThat(check("24999.99", since, submitted).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(check("25000", since, submitted).thresholdMet()).isEqualTo("$25,000 / 1 year tier");
        assertThat(check("25000", since, submitted.minusDays(1)).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    }

    @Test
    @DisplayName("14a-8(b): shares held since 29 Feb 2020 have been held 3 years on 28 Feb 2023, not on 27 Feb")
    void leapDayHoldingReachesThreeYearsOnTheTwentyEighth() {
        LocalDate leapDay = LocalDate.of(2020, 2, 29);
        assertThat(check("2000", leapDay, LocalDate.of(2023, 2, 28)).isEligible())
                .isTrue();
        assertThat(check("2000", leapDay, LocalDate.of(2023, 2, 27)).isEligible())
                .isFalse();
    }

    @Test
    @DisplayName("14a-8(b): only lots held long enough count toward a tier")
    void onlyLotsHeldForTheTierPeriodCount() {
        List<Holding> lots = List.of(
                Holding.ofValue("p1", BigDecimal.TEN, LocalDate.of(2019, 1, 1), Money.usd("1500")),
                Holding.ofValue("p1", BigDecimal.TEN, LocalDate.of(2023, 1, 1), Money.usd("1000")));
        EligibilityVerdict verdict = check(lots, LocalDate.of(2024, 3, 1));
        assertThat(verdict.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(verdict.explanation()).contains("$1,500.00 held for at least 3 years");
        assertThat(verdict.figures().value()).isEqualTo(Money.usd("2500"));
    }

    @Test
    @DisplayName("14a-8(b): value is shares × the highest price in the valuation window")
    void valueIsSharesTimesHighestPrice() {
        Holding lot = Holding.atPrice("p1", new BigDecimal("100"), LocalDate.of(2020, 1, 1), Money.usd("20.00"));
        assertThat(check(List.of(lot), LocalDate.of(2024, 3, 1)).isEligible()).isTrue();
        Holding lower = Holding.atPrice("p1", new BigDecimal("100"), LocalDate.of(2020, 1, 1), Money.usd("19.9999"));
        assertThat(check(List.of(lower), LocalDate.of(2024, 3, 1)).isEligible()).isFalse();
    }

    @Test
    @DisplayName("14a-8(b) (verify): the valuation window is the 60 calendar days before submission")
    void valuationWindowStartsSixtyDaysBeforeSubmission() {
        assertThat(Rule14a8.valuationWindowStart(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Rule14a8.valuationWindowStart(LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    @DisplayName("14a-8(b)(1)(vi): co-filers may not combine holdings under the 2020 rules")
    void coFilersMayNotAggregate() {
        List<Holding> lots = List.of(
                Holding.ofValue("p1", BigDecimal.TEN, LocalDate.of(2019, 1, 1), Money.usd("1500")),
                Holding.ofValue("p2", BigDecimal.TEN, LocalDate.of(2019, 1, 1), Money.usd("1500")));
        EligibilityVerdict verdict = check(lots, LocalDate.of(2024, 3, 1));
        assertThat(verdict.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(verdict.figures().holdersCounted()).isEqualTo(2);
        assertThat(verdict.figures().aggregationAllowed()).isFalse();
        assertThat(verdict.figures().aggregated()).isFalse();
        assertThat(verdict.explanation()).contains("may not be combined");
    }

    @Test
    @DisplayName("14a-8(b): missing intent, proof, engagement and representative authorization are listed by code")
    void missingDocumentsAreListedByCode() {
        Documents nothing = new Documents(false, false, false, new Representative("Tri-State", false));
        EligibilityVerdict verdict = RULES.eligibility(EligibilityQuery.of(
                Jurisdiction.US,
                MEETING,
                LocalDate.of(2024, 3, 1),
                List.of(Holding.ofValue("p1", BigDecimal.TEN, LocalDate.of(2020, 1, 1), Money.usd("5000"))),
                nothing));
        assertThat(verdict.status()).isEqualTo(EligibilityStatus.THRESHOLD_MET_ITEMS_MISSING);
        assertThat(verdict.missingCodes())
                .containsExactly(
                        MissingCode.INTENT_TO_HOLD,
                        MissingCode.PROOF_OF_OWNERSHIP,
                        MissingCode.ENGAGEMENT_AVAILABILITY,
                        MissingCode.REPRESENTATIVE_AUTHORIZATION);
        assertThat(verdict.explanation())
                .startsWith("Meets the $2,000 / 3 years tier")
                .contains("Tri-State");
    }

    @Test
    @DisplayName("14a-8(b)(1)(iv): a representative with written authorization on file is complete")
    void authorizedRepresentativeIsComplete() {
        Documents docs = Documents.complete().withRepresentative(new Representative("Tri-State", true));
        EligibilityVerdict verdict = RULES.eligibility(EligibilityQuery.of(
                Jurisdiction.US,
                MEETING,
                LocalDate.of(2024, 3, 1),
                List.of(Holding.ofValue("p1", BigDecimal.TEN, LocalDate.of(2020, 1, 1), Money.usd("5000"))),
                docs));
        assertThat(verdict.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(verdict.missing()).isEmpty();
    }

    @Test
    @DisplayName("14a-8(b): without a price or value the tiers cannot be tested")
    void missingValueCannotBeDetermined() {
        Holding lot = new Holding("p1", BigDecimal.TEN, LocalDate.of(2020, 1, 1), null, null, null);
        EligibilityVerdict verdict = check(List.of(lot), LocalDate.of(2024, 3, 1));
        assertThat(verdict.status()).isEqualTo(EligibilityStatus.CANNOT_DETERMINE);
        assertThat(verdict.missingCodes()).containsExactly(MissingCode.MARKET_VALUE);
    }

    @Test
    void valueInAnotherCurrencyIsRefusedNamingTheField() {
        Holding lot = Holding.ofValue("p1", BigDecimal.TEN, LocalDate.of(2020, 1, 1), Money.eur("5000"));
        assertThatThrownBy(() -> check(List.of(lot), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("holdings[0].value");
    }

    @Test
    void negativeSharesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Holding.ofValue("p1", new BigDecimal("-1"), LocalDate.of(2020, 1, 1), Money.usd("1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("shares ")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("shares");
    }

    @Test
    void nullSubmissionDateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> EligibilityQuery.of(Jurisdiction.US, MEETING, null, List.of(), Documents.complete()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("submissionDate must not be null");
    }

    @Test
    void emptyHoldingsAreRefused() {
        assertThatThrownBy(() -> EligibilityQuery.of(
                        Jurisdiction.US, MEETING, LocalDate.of(2024, 1, 1), List.of(), Documents.complete()))
                .hasMessageStartingWith("holdings ");
    }
}
