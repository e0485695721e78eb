package org.cofile.domain.rules.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cofile.domain.rules.DeadlineKind;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MeetingKind;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.Timeliness;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule 14a-8(e)(2) and (e)(3): the submission deadline. */
class UsDeadlineTest {

    private static final FilingRules RULES = new FilingRules();

    private static DeadlineVerdict deadline(LocalDate meeting, LocalDate previousMeeting, LocalDate release) {
        return RULES.submissionDeadline(DeadlineQuery.annual(Jurisdiction.US, meeting, previousMeeting, release));
    }

    @Test
    @DisplayName("14a-8(e)(2): the SEC's example, release 2001-04-14 gives 2001-12-15")
    void releaseOnFourteenthAprilGivesFifteenthDecember() {
        DeadlineVerdict verdict =
                deadline(LocalDate.of(2002, 5, 20), LocalDate.of(2001, 5, 21), LocalDate.of(2001, 4, 14));
        assertThat(verdict.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2001, 12, 15));
        assertThat(verdict.ruleSet().id()).isEqualTo("US-14a-8-1998");
        assertThat(verdict.citation()).contains("(e)(2)");
        assertThat(verdict.explanation()).contains("2001-12-15").contains("120 calendar days");
    }

    @Test
    @DisplayName("14a-8(e)(2): received on the deadline day is on time, the day after is late")
    void deadlineDayIsOnTimeAndTheDayAfterIsLate() {
        DeadlineVerdict verdict =
                deadline(LocalDate.of(2002, 5, 20), LocalDate.of(2001, 5, 21), LocalDate.of(2001, 4, 14));
        assertThat(verdict.timelinessOf(LocalDate.of(2001, 12, 15))).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.timelinessOf(LocalDate.of(2001, 12, 16))).isEqualTo(Timeliness.LATE);
    }

    @Test
    @DisplayName("14a-8(e)(2): a release on 29 Feb 2024 has its anniversary on 28 Feb 2025, deadline 2024-10-31")
    void leapDayReleaseAnniversaryIsTwentyEighthFebruary() {
        DeadlineVerdict verdict =
                deadline(LocalDate.of(2025, 4, 20), LocalDate.of(2024, 4, 20), LocalDate.of(2024, 2, 29));
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2024, 10, 31));
    }

    @Test
    @DisplayName("14a-8(e)(2): a meeting moved exactly 30 days keeps the regular deadline")
    void meetingMovedThirtyDaysKeepsTheRegularDeadline() {
        LocalDate previous = LocalDate.of(2023, 5, 1);
        assertThat(deadline(LocalDate.of(2024, 5, 31), previous, LocalDate.of(2023, 3, 20))
                        .kind())
                .isEqualTo(DeadlineKind.FIXED);
        assertThat(deadline(LocalDate.of(2024, 4, 1), previous, LocalDate.of(2023, 3, 20))
                        .kind())
                .isEqualTo(DeadlineKind.FIXED);
    }

    @Test
    @DisplayName("14a-8(e)(2): a meeting moved 31 days has a reasonable time; no date without an announcement")
    void meetingMovedThirtyOneDaysHasAReasonableTime() {
        LocalDate previous = LocalDate.of(2023, 5, 1);
        DeadlineVerdict later = deadline(LocalDate.of(2024, 6, 1), previous, LocalDate.of(2023, 3, 20));
        DeadlineVerdict earlier = deadline(LocalDate.of(2024, 3, 31), previous, LocalDate.of(2023, 3, 20));
        assertThat(later.kind()).isEqualTo(DeadlineKind.REASONABLE_TIME);
        assertThat(earlier.kind()).isEqualTo(DeadlineKind.REASONABLE_TIME);
        assertThat(later.deadline()).isNull();
        assertThat(later.timelinessOf(LocalDate.of(2024, 1, 1))).isEqualTo(Timeliness.UNKNOWN);
        assertThat(later.explanation()).contains("moved 31 days").contains("reasonable time");
    }

    @Test
    @DisplayName("14a-8(e)(2): in the reasonable-time case the company's announced deadline is used")
    void announcedDeadlineIsUsedForAReasonableTime() {
        DeadlineQuery query = DeadlineQuery.annual(Jurisdiction.US, LocalDate.of(2024, 6, 1), null, null)
                .withAnnouncedDeadline(LocalDate.of(2024, 2, 1));
        DeadlineVerdict verdict = RULES.submissionDeadline(query);
        assertThat(verdict.kind()).isEqualTo(DeadlineKind.REASONABLE_TIME);
        assertThat(verdict.deadline()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(verdict.explanation())
                .contains("no annual meeting last year")
                .contains("announced 2024-02-01");
    }

    @Test
    @DisplayName("14a-8(e)(3): a meeting other than the annual meeting has a reasonable time")
    void specialMeetingHasAReasonableTime() {
        DeadlineQuery query = new DeadlineQuery(
                Jurisdiction.US,
                LocalDate.of(2024, 9, 1),
                MeetingKind.OTHER,
                TextKind.PROPOSAL,
                LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 7, 1),
                null,
                null);
        DeadlineVerdict verdict = RULES.submissionDeadline(query);
        assertThat(verdict.kind()).isEqualTo(DeadlineKind.REASONABLE_TIME);
        assertThat(verdict.citation()).contains("(e)(3)");
    }

    @Test
    void missingReleaseDateIsRefusedWhenItIsNeeded() {
        assertThatThrownBy(() -> deadline(LocalDate.of(2024, 5, 1), LocalDate.of(2023, 5, 1), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("previousProxyReleaseDate ");
    }
}
