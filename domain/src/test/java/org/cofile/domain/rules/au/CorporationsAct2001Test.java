package org.cofile.domain.rules.au;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.Timeliness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Corporations Act 2001 ss. 249N, 249O, 249P. */
class CorporationsAct2001Test {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate MEETING = LocalDate.of(2025, 10, 30);
    private static final LocalDate SINCE = LocalDate.of(2025, 1, 1);

    private static EligibilityVerdict check(List<Holding> holdings, BigDecimal votes) {
        return RULES.eligibility(new EligibilityQuery(
                Jurisdiction.AU, MEETING, LocalDate.of(2025, 6, 1), holdings, votes, null, Documents.complete()));
    }

    private static List<Holding> members(int n) {
        List<Holding> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Holding("m" + i, BigDecimal.ONE, SINCE, null, null, null));
        }
        return list;
    }

    @Test
    @DisplayName("s249N(1)(a): 4.99% of the votes is short, 5.00% is enough, members combined")
    void fivePercentOfVotes() {
        BigDecimal votes = new BigDecimal("10000");
        List<Holding> short1 = List.of(
                new Holding("a", new BigDecimal("250"), SINCE, null, null, null),
                new Holding("b", new BigDecimal("249"), SINCE, null, null, null));
        assertThat(check(short1, votes).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        List<Holding> enough = List.of(
                new Holding("a", new BigDecimal("250"), SINCE, null, null, null),
                new Holding("b", new BigDecimal("250"), SINCE, null, null, null));
        EligibilityVerdict met = check(enough, votes);
        assertThat(met.isEligible()).isTrue();
        assertThat(met.thresholdMet()).isEqualTo("5.00% of the votes threshold");
        assertThat(met.figures().aggregated()).isTrue();
        assertThat(met.figures().aggregationAllowed()).isTrue();
        assertThat(met.ruleSet().id()).isEqualTo("AU-CA2001");
    }

    @Test
    @DisplayName("s249N(1)(b) (verify): 99 members are short, 100 are enough")
    void oneHundredMembers() {
        assertThat(check(members(99), new BigDecimal("1000000")).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        EligibilityVerdict met = check(members(100), new BigDecimal("1000000"));
        assertThat(met.isEligible()).isTrue();
        assertThat(met.thresholdMet()).isEqualTo("100 members threshold");
        assertThat(met.figures().holdersCounted()).isEqualTo(100);
    }

    /**
     * s249O(1): the resolution is considered at a general meeting held more than 2 months after the notice. The last
     * day to give notice is the latest N with N + 2 months before the meeting; month ends clamp (31 Jan + 2 months is
     * 31 Mar, so a 31 March meeting needs notice by 30 January; 28 Feb + 2 months is 28 Apr, so a 30 April meeting
     * needs notice by 28 February).
     */
    @ParameterizedTest(name = "meeting {0}: notice by {1}")
    @CsvSource({
        "2025-03-31, 2025-01-30",
        "2025-04-30, 2025-02-28",
        "2024-04-30, 2024-02-29",
        "2025-03-01, 2024-12-31",
        "2025-06-15, 2025-04-14",
        "2025-05-01, 2025-02-28"
    })
    void latestNoticeDateIsMoreThanTwoMonthsBefore(LocalDate meeting, LocalDate expected) {
        LocalDate latest = CorporationsAct2001.latestNoticeDate(meeting);
        assertThat(latest).isEqualTo(expected);
        assertThat(latest.plusMonths(2)).isBefore(meeting);
        assertThat(latest.plusDays(1).plusMonths(2)).isAfterOrEqualTo(meeting);
    }

    @Test
    @DisplayName("s249O(1): notice on the last day is in time for the meeting, the day after is late")
    void deadlineDayAndTheDayAfter() {
        DeadlineVerdict verdict =
                RULES.submissionDeadline(DeadlineQuery.annual(Jurisdiction.AU, LocalDate.of(2025, 3, 31), null, null));
        assertThat(verdict.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2025, 1, 30));
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 1, 30))).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.timelinessOf(LocalDate.of(2025, 1, 31))).isEqualTo(Timeliness.LATE);
        assertThat(verdict.citation()).contains("s249O(1)");
    }

    @Test
    void statementTimingIsNotEncoded() {
        DeadlineVerdict verdict = RULES.submissionDeadline(
                DeadlineQuery.annual(Jurisdiction.AU, MEETING, null, null).withTextKind(TextKind.STATEMENT));
        assertThat(verdict.kind()).isEqualTo(DeadlineKind.NOT_ENCODED);
        assertThat(verdict.deadline()).isNull();
    }
}
