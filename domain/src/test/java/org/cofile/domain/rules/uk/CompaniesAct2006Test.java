package org.cofile.domain.rules.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityStatus;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.Timeliness;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Companies Act 2006 ss. 314, 338, 338A. */
class CompaniesAct2006Test {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate AGM = LocalDate.of(2025, 6, 30);
    private static final LocalDate SUBMITTED = LocalDate.of(2025, 4, 1);
    private static final LocalDate SINCE = LocalDate.of(2025, 3, 1);

    private static EligibilityVerdict check(List<Holding> holdings, BigDecimal totalVotes) {
        return RULES.eligibility(new EligibilityQuery(
                Jurisdiction.UK, AGM, SUBMITTED, holdings, totalVotes, null, new Documents(false, false, false, null)));
    }

    /** {@code members} members, each with 1 share and the same paid-up sum, except the last who pays {@code last}. */
    private static List<Holding> members(int members, String each, String last) {
        List<Holding> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            list.add(Holding.withPaidUp("m" + i, BigDecimal.ONE, SINCE, Money.gbp(i == members - 1 ? last : each)));
        }
        return list;
    }

    @Test
    @DisplayName("s338(3)(a): 4.99% of the total voting rights is short, 5.00% is enough")
    void fivePercentOfVotingRights() {
        BigDecimal total = new BigDecimal("10000");
        assertThat(check(List.of(Holding.withPaidUp("a", new BigDecimal("499"), SINCE, Money.gbp("1"))), total)
                        .status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        EligibilityVerdict met =
                check(List.of(Holding.withPaidUp("a", new BigDecimal("500"), SINCE, Money.gbp("1"))), total);
        assertThat(met.isEligible()).isTrue();
        assertThat(met.thresholdMet()).isEqualTo("5.00% of total voting rights threshold");
        assertThat(met.missing()).isEmpty();
        assertThat(met.ruleSet().id()).isEqualTo("UK-CA2006");
    }

    @Test
    @DisplayName("s338(3)(a): requests may be combined to reach 5%")
    void membersCombineToReachFivePercent() {
        EligibilityVerdict verdict = check(
                List.of(
                        Holding.withPaidUp("a", new BigDecimal("250"), SINCE, Money.gbp("1")),
                        Holding.withPaidUp("b", new BigDecimal("250"), SINCE, Money.gbp("1"))),
                new BigDecimal("10000"));
        assertThat(verdict.isEligible()).isTrue();
        assertThat(verdict.figures().aggregated()).isTrue();
        assertThat(verdict.figures().aggregationAllowed()).isTrue();
        assertThat(verdict.figures().holdersCounted()).isEqualTo(2);
        assertThat(verdict.explanation()).contains("2 members together hold 5.00% of the total voting rights");
    }

    @Test
    @DisplayName("s338(3)(b): 99 members averaging £100 are short, 100 are enough")
    void oneHundredMembers() {
        assertThat(check(members(99, "100", "100"), null).status()).isEqualTo(EligibilityStatus.CANNOT_DETERMINE);
        assertThat(check(members(99, "100", "100"), new BigDecimal("1000000")).status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        EligibilityVerdict met = check(members(100, "100", "100"), null);
        assertThat(met.isEligible()).isTrue();
        assertThat(met.thresholdMet()).isEqualTo("100 members averaging £100.00 paid up threshold");
        assertThat(met.figures().averagePaidUp()).isEqualTo(Money.gbp("100"));
    }

    @Test
    @DisplayName("s338(3)(b): an average of £99.99 paid up is short, £100 is enough")
    void averagePaidUpOfOneHundredPounds() {
        // 99 members at £100 and one at £99: £9,999 / 100 = £99.99.
        EligibilityVerdict short1 = check(members(100, "100", "99"), new BigDecimal("1000000"));
        assertThat(short1.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(short1.figures().averagePaidUp()).isEqualTo(Money.gbp("99.99"));
        assertThat(check(members(100, "99", "199"), null).isEligible()).isTrue();
    }

    @Test
    @DisplayName("s338(3)(b): an unknown paid-up sum means the member limb cannot be tested")
    void unknownPaidUpCannotBeDetermined() {
        List<Holding> list = new ArrayList<>(members(99, "100", "100"));
        list.add(new Holding("x", BigDecimal.ONE, SINCE, null, null, null));
        EligibilityVerdict verdict = check(list, new BigDecimal("1000000"));
        assertThat(verdict.status()).isEqualTo(EligibilityStatus.CANNOT_DETERMINE);
        assertThat(verdict.missingCodes()).containsExactly(MissingCode.PAID_UP_AMOUNT);
    }

    @Test
    void paidUpInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> check(List.of(Holding.withPaidUp("a", BigDecimal.ONE, SINCE, Money.usd("1"))), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("holdings[0].paidUp");
    }

    private static DeadlineVerdict deadline(TextKind kind, LocalDate notice) {
        return RULES.submissionDeadline(DeadlineQuery.annual(Jurisdiction.UK, AGM, null, null)
                .withTextKind(kind)
                .withNoticeOfMeetingDate(notice));
    }

    @Test
    @DisplayName("s338(4): received 6 weeks before the AGM is in time, a day later is late")
    void sixWeeksBeforeTheAgm() {
        DeadlineVerdict verdict = deadline(TextKind.PROPOSAL, null);
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 5, 19))).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 5, 20))).isEqualTo(Timeliness.LATE);
        assertThat(verdict.citation()).contains("s338(4)");
    }

    @Test
    @DisplayName("s338(4): if notice of the meeting is given later than 6 weeks before, that time is the deadline")
    void laterNoticeMovesTheDeadline() {
        assertThat(deadline(TextKind.PROPOSAL, LocalDate.of(2025, 5, 25)).deadline())
                .isEqualTo(LocalDate.of(2025, 5, 25));
        assertThat(deadline(TextKind.PROPOSAL, LocalDate.of(2025, 5, 1)).deadline())
                .isEqualTo(LocalDate.of(2025, 5, 19));
    }

    @Test
    @DisplayName("s338A(3): matters for the AGM follow the same 6 weeks")
    void agmMatterSixWeeks() {
        DeadlineVerdict verdict = deadline(TextKind.AGM_MATTER, null);
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(verdict.citation()).contains("s338A");
    }

    @Test
    @DisplayName("s314(4)(d): a statement request is due one week before the meeting")
    void statementOneWeekBefore() {
        DeadlineVerdict verdict = deadline(TextKind.STATEMENT, null);
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 6, 23))).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 6, 24))).isEqualTo(Timeliness.LATE);
    }
}
