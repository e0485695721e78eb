package org.cofile.domain.rules.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.rules.DeadlineKind;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityStatus;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Directive 2007/36/EC Art. 6 and the member states' thresholds held as data. */
class MemberStateRuleSetTest {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate MEETING = LocalDate.of(2025, 6, 15);
    private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

    private static EligibilityVerdict check(String code, String shares, String issued, Money nominalPerShare) {
        return RULES.eligibility(new EligibilityQuery(
                Jurisdiction.parse(code),
                MEETING,
                LocalDate.of(2025, 4, 1),
                List.of(new Holding("a", new BigDecimal(shares), SINCE, null, null, null)),
                issued == null ? null : new BigDecimal(issued),
                nominalPerShare,
                Documents.complete()));
    }

    @ParameterizedTest(name = "{0}: {1} of 10,000 shares short, {2} enough")
    @DisplayName("AktG §122(2) 5%, Code de commerce R.225-71 5%, BW 2:114a 3%, TUF 126-bis 2.5%")
    @CsvSource({"EU-DE, 499, 500", "EU-FR, 499, 500", "EU-NL, 299, 300", "EU-IT, 249, 250"})
    void percentageOfShareCapital(String code, String shortShares, String enoughShares) {
        assertThat(check(code, shortShares, "10000", Money.eur("0.01")).status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        EligibilityVerdict met = check(code, enoughShares, "10000", Money.eur("0.01"));
        assertThat(met.isEligible()).isTrue();
        assertThat(met.ruleSet().id()).isEqualTo(code + "-SRD");
        assertThat(met.citation()).contains("Directive 2007/36/EC Art. 6(2)");
    }

    @Test
    @DisplayName("AktG §122(2): €499,999 of nominal capital is short, €500,000 is enough")
    void germanNominalAmount() {
        assertThat(check("EU-DE", "499999", "100000000", Money.eur("1")).status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        EligibilityVerdict met = check("EU-DE", "500000", "100000000", Money.eur("1"));
        assertThat(met.isEligible()).isTrue();
        assertThat(met.thresholdMet()).isEqualTo("€500,000.00 nominal threshold");
        assertThat(met.figures().value()).isEqualTo(Money.eur("500000"));
    }

    @Test
    void unknownFiguresAreListed() {
        EligibilityVerdict verdict = check("EU-DE", "1", null, null);
        assertThat(verdict.status()).isEqualTo(EligibilityStatus.CANNOT_DETERMINE);
        assertThat(verdict.missingCodes())
                .containsExactly(MissingCode.VOTING_SHARES_OUTSTANDING, MissingCode.NOMINAL_VALUE);
    }

    @Test
    @DisplayName("Directive 2007/36/EC Art. 6(2): a member state's threshold above 5% is refused")
    void directiveCapIsEnforced() {
        assertThatThrownBy(() -> new MemberStateThreshold("XX", Percentage.of("5.01"), null, true, "test", ""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("capitalPercent must not exceed 5.00%");
        assertThat(new MemberStateThreshold("XX", Percentage.of("5.00"), null, true, "test", "").capitalPercent())
                .isEqualTo(Percentage.of("5"));
    }

    @Test
    void everyStoredThresholdHasASourceAndRespectsTheCap() {
        assertThat(MemberStateThresholds.all())
                .allSatisfy(t -> assertThat(t.capitalPercent()).isLessThanOrEqualTo(MemberStateThreshold.DIRECTIVE_CAP))
                .allSatisfy(t -> assertThat(t.source()).isNotBlank())
                .extracting(MemberStateThreshold::memberState)
                .containsExactly("DE", "FR", "NL", "IT");
    }

    @Test
    void deadlinesAreNotEncoded() {
        assertThat(RULES.submissionDeadline(DeadlineQuery.annual(Jurisdiction.parse("EU-NL"), MEETING, null, null))
                        .kind())
                .isEqualTo(DeadlineKind.NOT_ENCODED);
    }
}
