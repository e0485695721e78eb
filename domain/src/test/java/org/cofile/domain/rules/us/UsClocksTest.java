package org.cofile.domain.rules.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.NoActionTimingVerdict;
import org.cofile.domain.rules.Timeliness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The 14a-8 clocks: deficiencies (f), engagement (b)(1)(iii), no-action (j), opposition (m), no-show (h). */
class UsClocksTest {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate MEETING_2024 = LocalDate.of(2024, 6, 1);
    private static final LocalDate MEETING_2021 = LocalDate.of(2021, 6, 1);

    @Test
    @DisplayName("14a-8(f)(1): the deficiency notice is due 14 days after receipt; day 15 is late")
    void deficiencyNoticeWithinFourteenDays() {
        ClockVerdict clock = RULES.deficiencyNotice(MEETING_2024, LocalDate.of(2024, 1, 10));
        assertThat(clock.closes()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(clock.timelinessOf(LocalDate.of(2024, 1, 24))).isEqualTo(Timeliness.ON_TIME);
        assertThat(clock.timelinessOf(LocalDate.of(2024, 1, 25))).isEqualTo(Timeliness.LATE);
        assertThat(clock.citation()).contains("(f)(1)");
    }

    @Test
    @DisplayName("14a-8(f)(1): the 14 days run across the end of a leap February")
    void deficiencyNoticeAcrossLeapFebruary() {
        assertThat(RULES.deficiencyNotice(MEETING_2024, LocalDate.of(2024, 2, 20))
                        .closes())
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(RULES.deficiencyNotice(MEETING_2021, LocalDate.of(2021, 2, 20))
                        .closes())
                .isEqualTo(LocalDate.of(2021, 3, 6));
    }

    @Test
    @DisplayName("14a-8(f)(1): the cure is due 14 days after the notice is received; day 15 is late")
    void cureWithinFourteenDaysOfTheNotice() {
        ClockVerdict clock = RULES.deficiencyResponse(MEETING_2024, LocalDate.of(2024, 1, 24));
        assertThat(clock.closes()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(clock.timelinessOf(LocalDate.of(2024, 2, 7))).isEqualTo(Timeliness.ON_TIME);
        assertThat(clock.timelinessOf(LocalDate.of(2024, 2, 8))).isEqualTo(Timeliness.LATE);
    }

    @Test
    @DisplayName("14a-8(b)(1)(iii): engagement between 10 and 30 calendar days after submission")
    void engagementWindowTenToThirtyDays() {
        ClockVerdict clock = RULES.engagementWindow(MEETING_2024, LocalDate.of(2024, 1, 10));
        assertThat(clock.opens()).isEqualTo(LocalDate.of(2024, 1, 20));
        assertThat(clock.closes()).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(clock.timelinessOf(LocalDate.of(2024, 1, 19))).isEqualTo(Timeliness.TOO_EARLY);
        assertThat(clock.timelinessOf(LocalDate.of(2024, 1, 20))).isEqualTo(Timeliness.ON_TIME);
        assertThat(clock.timelinessOf(LocalDate.of(2024, 2, 9))).isEqualTo(Timeliness.ON_TIME);
        assertThat(clock.timelinessOf(LocalDate.of(2024, 2, 10))).isEqualTo(Timeliness.LATE);
    }

    @Test
    @DisplayName("14a-8(b) (1998): no engagement window before the 2020 amendments")
    void noEngagementWindowUnderTheOldRules() {
        ClockVerdict clock = RULES.engagementWindow(MEETING_2021, LocalDate.of(2021, 1, 10));
        assertThat(clock.applies()).isFalse();
        assertThat(clock.explanation()).contains("2020");
    }

    @Test
    @DisplayName("14a-8(j)(1): a request 80 days before the definitive proxy is timely, 79 days needs good cause")
    void noActionRequestEightyDaysBefore() {
        LocalDate proxy = LocalDate.of(2024, 4, 1);
        NoActionTimingVerdict timely = RULES.noActionTiming(LocalDate.of(2024, 1, 12), proxy);
        NoActionTimingVerdict late = RULES.noActionTiming(LocalDate.of(2024, 1, 13), proxy);
        assertThat(timely.latestTimelyDate()).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(timely.daysBeforeDefinitiveProxy()).isEqualTo(80);
        assertThat(timely.timely()).isTrue();
        assertThat(timely.goodCauseRequired()).isFalse();
        assertThat(late.daysBeforeDefinitiveProxy()).isEqualTo(79);
        assertThat(late.timely()).isFalse();
        assertThat(late.goodCauseRequired()).isTrue();
        assertThat(late.explanation()).contains("good cause");
    }

    @Test
    @DisplayName("Staff statement of 2025-11-17: the 2025-26 posture covers requests from 2025-10-01 to 2026-09-30")
    void staffPostureCoversTheSeason() {
        LocalDate proxy = LocalDate.of(2027, 3, 1);
        assertThat(RULES.noActionTiming(LocalDate.of(2025, 9, 30), proxy).staffPosture())
                .isNull();
        assertThat(RULES.noActionTiming(LocalDate.of(2025, 10, 1), proxy)
                        .staffPosture()
                        .id())
                .isEqualTo("US-staff-posture-2025-26");
        assertThat(RULES.noActionTiming(LocalDate.of(2026, 9, 30), proxy).explanation())
                .contains("non-objection");
        assertThat(RULES.noActionTiming(LocalDate.of(2026, 10, 1), proxy).staffPosture())
                .isNull();
    }

    @Test
    @DisplayName("14a-8(m)(3): the opposition statement is due 30 days before the definitive proxy")
    void oppositionStatementThirtyDaysBefore() {
        ClockVerdict clock = RULES.oppositionStatement(MEETING_2024, LocalDate.of(2024, 4, 1));
        assertThat(clock.closes()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(clock.timelinessOf(LocalDate.of(2024, 3, 2))).isEqualTo(Timeliness.ON_TIME);
        assertThat(clock.timelinessOf(LocalDate.of(2024, 3, 3))).isEqualTo(Timeliness.LATE);
    }

    @Test
    @DisplayName("14a-8(h)(3): a no-show bars meetings held in the following two calendar years")
    void noShowBarsTheNextTwoCalendarYears() {
        ClockVerdict bar = RULES.noShowBar(LocalDate.of(2023, 5, 15), false);
        assertThat(bar.opens()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(bar.closes()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(bar.timelinessOf(LocalDate.of(2023, 12, 31))).isEqualTo(Timeliness.TOO_EARLY);
        assertThat(bar.timelinessOf(LocalDate.of(2025, 12, 31))).isEqualTo(Timeliness.ON_TIME);
        assertThat(bar.timelinessOf(LocalDate.of(2026, 1, 1))).isEqualTo(Timeliness.LATE);
    }

    @Test
    @DisplayName("14a-8(h)(3): with good cause there is no bar")
    void goodCauseMeansNoBar() {
        assertThat(RULES.noShowBar(LocalDate.of(2023, 5, 15), true).applies()).isFalse();
    }
}
