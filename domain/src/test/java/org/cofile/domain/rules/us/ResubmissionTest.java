package org.cofile.domain.rules.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.PriorVote;
import org.cofile.domain.rules.ResubmissionQuery;
import org.cofile.domain.rules.ResubmissionVerdict;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Percentage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 14a-8(i)(12): resubmission thresholds, the 5-year look-back and the 3-year exclusion. */
class ResubmissionTest {

    private static final FilingRules RULES = new FilingRules();

    /** A vote with support of exactly {@code hundredths}/100 percent out of 10,000 votes cast. */
    private static PriorVote vote(LocalDate date, int hundredths) {
        return new PriorVote(date, VoteCounts.of(hundredths, 10_000 - hundredths, 1234, 999));
    }

    /** {@code times} votes in consecutive years ending in {@code last}, all with the given support. */
    private static ResubmissionVerdict check(LocalDate meeting, int times, LocalDate last, int hundredths) {
        List<PriorVote> votes = new ArrayList<>();
        for (int i = times - 1; i >= 0; i--) {
            votes.add(vote(last.minusYears(i), hundredths));
        }
        return RULES.resubmission(new ResubmissionQuery(meeting, votes));
    }

    @ParameterizedTest(name = "2020 rules, voted {0}x: {1}/100 % excludable={2}")
    @DisplayName("14a-8(i)(12) (2020): 5%, 15%, 25% on both sides")
    @CsvSource({
        "1, 499, true",
        "1, 500, false",
        "2, 1499, true",
        "2, 1500, false",
        "3, 2499, true",
        "3, 2500, false",
        "4, 2499, true",
        "4, 2500, false"
    })
    void thresholdsOfThe2020RuleSet(int times, int hundredths, boolean excludable) {
        ResubmissionVerdict verdict = check(LocalDate.of(2024, 5, 1), times, LocalDate.of(2023, 5, 1), hundredths);
        assertThat(verdict.ruleSet().id()).isEqualTo("US-14a-8-2020");
        assertThat(verdict.timesVoted()).isEqualTo(times);
        assertThat(verdict.excludable()).isEqualTo(excludable);
        assertThat(verdict.threshold()).isEqualTo(Percentage.of(times == 1 ? "5" : times == 2 ? "15" : "25"));
        assertThat(verdict.citation()).contains("(i)(12)");
    }

    @ParameterizedTest(name = "1998 rules, voted {0}x: {1}/100 % excludable={2}")
    @DisplayName("14a-8(i)(12) (1998): 3%, 6%, 10% on both sides")
    @CsvSource({"1, 299, true", "1, 300, false", "2, 599, true", "2, 600, false", "3, 999, true", "3, 1000, false"})
    void thresholdsOfThe1998RuleSet(int times, int hundredths, boolean excludable) {
        ResubmissionVerdict verdict = check(LocalDate.of(2021, 5, 1), times, LocalDate.of(2020, 5, 1), hundredths);
        assertThat(verdict.ruleSet().id()).isEqualTo("US-14a-8-1998");
        assertThat(verdict.excludable()).isEqualTo(excludable);
        assertThat(verdict.threshold()).isEqualTo(Percentage.of(times == 1 ? "3" : times == 2 ? "6" : "10"));
    }

    @Test
    @DisplayName("14a-8(i)(12): 4.99% once is excludable until 31 December three calendar years after the vote")
    void excludableUntilTheEndOfTheThirdCalendarYear() {
        ResubmissionVerdict verdict = check(LocalDate.of(2024, 5, 1), 1, LocalDate.of(2023, 5, 1), 499);
        assertThat(verdict.lastSupportPercent()).isEqualByComparingTo("4.99");
        assertThat(verdict.lastVoteDate()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(verdict.excludableUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(verdict.explanation())
                .startsWith("Excludable")
                .contains("4.99%")
                .contains("2026-12-31");
    }

    @Test
    @DisplayName("14a-8(i)(12): the rule set is the one in force at the meeting in question (4% vs 3% and 5%)")
    void thresholdFollowsTheMeetingsRuleSet() {
        List<PriorVote> votes = List.of(vote(LocalDate.of(2021, 5, 1), 400));
        ResubmissionVerdict old = RULES.resubmission(new ResubmissionQuery(LocalDate.of(2021, 12, 31), votes));
        ResubmissionVerdict amended = RULES.resubmission(new ResubmissionQuery(LocalDate.of(2022, 1, 1), votes));
        assertThat(old.threshold()).isEqualTo(Percentage.of("3"));
        assertThat(old.excludable()).isFalse();
        assertThat(amended.threshold()).isEqualTo(Percentage.of("5"));
        assertThat(amended.excludable()).isTrue();
    }

    @Test
    @DisplayName(
            "14a-8(i)(12): a vote on 1 January of Y-5 is within the preceding 5 calendar years, 31 December Y-6 is not")
    void lookBackStartsOnFirstJanuaryFiveYearsBefore() {
        LocalDate meeting = LocalDate.of(2024, 5, 1);
        PriorVote recent = vote(LocalDate.of(2022, 5, 1), 1400);
        ResubmissionVerdict inside = RULES.resubmission(
                new ResubmissionQuery(meeting, List.of(vote(LocalDate.of(2019, 1, 1), 1400), recent)));
        ResubmissionVerdict outside = RULES.resubmission(
                new ResubmissionQuery(meeting, List.of(vote(LocalDate.of(2018, 12, 31), 1400), recent)));
        assertThat(inside.timesVoted()).isEqualTo(2);
        assertThat(inside.excludable()).isTrue();
        assertThat(outside.timesVoted()).isEqualTo(1);
        assertThat(outside.excludable()).isFalse();
    }

    @Test
    @DisplayName("14a-8(i)(12): a meeting on 31 December of L+3 can be excluded, on 1 January of L+4 not")
    void exclusionEndsWithTheThirdCalendarYear() {
        LocalDate last = LocalDate.of(2021, 6, 1);
        assertThat(check(LocalDate.of(2024, 12, 31), 1, last, 100).excludable()).isTrue();
        ResubmissionVerdict tooLate = check(LocalDate.of(2025, 1, 1), 1, last, 100);
        assertThat(tooLate.excludable()).isFalse();
        assertThat(tooLate.excludableUntil()).isNull();
        assertThat(tooLate.explanation()).contains("after 2024-12-31");
    }

    @Test
    @DisplayName("14a-8(i)(12): support is compared before rounding: 4.996% shows as 5.00% but is below 5%")
    void supportIsComparedBeforeRounding() {
        PriorVote v = new PriorVote(LocalDate.of(2023, 5, 1), VoteCounts.of(4_996, 95_004, 0, 0));
        ResubmissionVerdict verdict = RULES.resubmission(new ResubmissionQuery(LocalDate.of(2024, 5, 1), List.of(v)));
        assertThat(verdict.lastSupportPercent()).isEqualByComparingTo("5.00");
        assertThat(verdict.excludable()).isTrue();
        assertThat(verdict.explanation()).contains("before rounding");
    }

    @Test
    void votesOnOrAfterTheMeetingAreIgnored() {
        LocalDate meeting = LocalDate.of(2024, 5, 1);
        ResubmissionVerdict verdict = RULES.resubmission(
                new ResubmissionQuery(meeting, List.of(vote(meeting, 100), vote(meeting.plusDays(1), 100))));
        assertThat(verdict.timesVoted()).isZero();
        assertThat(verdict.excludable()).isFalse();
        assertThat(verdict.threshold()).isNull();
    }

    @Test
    void lastVoteWithNoVotesCastIsNotExcludable() {
        PriorVote empty = new PriorVote(LocalDate.of(2023, 5, 1), VoteCounts.of(0, 0, 10, 10));
        ResubmissionVerdict verdict =
                RULES.resubmission(new ResubmissionQuery(LocalDate.of(2024, 5, 1), List.of(empty)));
        assertThat(verdict.excludable()).isFalse();
        assertThat(verdict.explanation()).contains("cannot be computed");
    }

    @Test
    @DisplayName(
            "14a-8(i)(12) with reported figures: Amazon's study proposal, 19.08% in 2024 after four votes since 2020,"
                    + " is below 25% and excludable through 2027 (amazon-record.md)")
    void reportedFiguresOfAPastSubjectAreComparedAsReported() {
        List<PriorVote> votes = List.of(
                PriorVote.reported(LocalDate.of(2019, 5, 22), new BigDecimal("27.5")),
                PriorVote.reported(LocalDate.of(2021, 5, 26), new BigDecimal("34.33")),
                PriorVote.reported(LocalDate.of(2022, 5, 25), new BigDecimal("40.69")),
                PriorVote.reported(LocalDate.of(2023, 5, 24), new BigDecimal("37.40")),
                PriorVote.reported(LocalDate.of(2024, 5, 22), new BigDecimal("19.08")));
        ResubmissionVerdict verdict = RULES.resubmission(new ResubmissionQuery(LocalDate.of(2025, 5, 21), votes));
        assertThat(verdict.timesVoted()).isEqualTo(4);
        assertThat(verdict.threshold()).isEqualTo(Percentage.of("25"));
        assertThat(verdict.lastSupportPercent()).isEqualByComparingTo("19.08");
        assertThat(verdict.excludable()).isTrue();
        assertThat(verdict.excludableUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(verdict.explanation()).contains("as reported");
        ResubmissionVerdict atThreshold = RULES.resubmission(new ResubmissionQuery(
                LocalDate.of(2025, 5, 21),
                List.of(PriorVote.reported(LocalDate.of(2024, 5, 22), new BigDecimal("5")))));
        assertThat(atThreshold.excludable()).isFalse();
    }

    @Test
    @DisplayName("A prior vote is known by its counts or by its reported figure, never by both or neither")
    void aPriorVoteHasCountsOrAReportedFigure() {
        assertThatThrownBy(() -> new PriorVote(LocalDate.of(2024, 5, 22), null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                        () -> new PriorVote(LocalDate.of(2024, 5, 22), VoteCounts.of(1, 1, 0, 0), Percentage.of("50")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("The threshold lines of each year: 3/6/10% (1998 rule) through 2021, 5/15/25% (2020 amendments) from"
            + " meetings on 2022-01-01")
    void thresholdLinesFollowTheRuleSetOfTheYear() {
        assertThat(RULES.resubmissionThresholds(LocalDate.of(2021, 5, 26)))
                .containsExactly(Percentage.of("3"), Percentage.of("6"), Percentage.of("10"));
        assertThat(RULES.resubmissionThresholds(LocalDate.of(2022, 5, 25)))
                .containsExactly(Percentage.of("5"), Percentage.of("15"), Percentage.of("25"));
    }
}
