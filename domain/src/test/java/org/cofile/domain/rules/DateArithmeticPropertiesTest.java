package org.cofile.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cofile.domain.rules.au.CorporationsAct2001;
import org.cofile.domain.shared.Money;

/** Properties of the date arithmetic that must hold for any date, leap years and month ends included. */
class DateArithmeticPropertiesTest {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    private static LocalDate day(int offset) {
        return EPOCH.plusDays(offset);
    }

    @Property
    @Label("14a-8(e)(2): the deadline is always 120 days before the anniversary of last year's release")
    void usDeadlineIs120DaysBeforeTheReleaseAnniversary(@ForAll @IntRange(min = 8000, max = 30000) int offset) {
        LocalDate release = day(offset);
        LocalDate meeting = release.plusYears(1).plusDays(40);
        DeadlineVerdict verdict = RULES.submissionDeadline(
                DeadlineQuery.annual(Jurisdiction.US, meeting, meeting.minusYears(1), release));
        assertThat(verdict.deadline().plusDays(120)).isEqualTo(release.plusYears(1));
    }

    @Property
    @Label("14a-8(b): once held for N years, still held for N years later, and for every shorter period")
    void holdingPeriodIsMonotonic(
            @ForAll @IntRange(min = 0, max = 20000) int since,
            @ForAll @IntRange(min = 0, max = 3000) int heldDays,
            @ForAll @IntRange(min = 0, max = 800) int later,
            @ForAll @IntRange(min = 1, max = 3) int years) {
        LocalDate heldSince = day(since);
        LocalDate through = heldSince.plusDays(heldDays);
        if (HoldingPeriod.heldAtLeastYears(heldSince, through, years)) {
            assertThat(HoldingPeriod.heldAtLeastYears(heldSince, through.plusDays(later), years))
                    .isTrue();
            assertThat(HoldingPeriod.heldAtLeastYears(heldSince, through, years - 1))
                    .isTrue();
        } else {
            assertThat(HoldingPeriod.heldAtLeastYears(heldSince, through.minusDays(later), years))
                    .isFalse();
        }
    }

    @Property
    @Label("14a-8(b)(1)(i): eligibility under the 2020 tiers never gets lost by submitting later")
    void eligibilityIsMonotonicInTheSubmissionDate(
            @ForAll @IntRange(min = 8500, max = 9500) int since,
            @ForAll @IntRange(min = 0, max = 1500) int heldDays,
            @ForAll @IntRange(min = 1, max = 400) int later,
            @ForAll @IntRange(min = 1000, max = 30000) int dollars) {
        List<Holding> lot =
                List.of(Holding.ofValue("p", BigDecimal.ONE, day(since), Money.usd(Integer.toString(dollars))));
        LocalDate meeting = LocalDate.of(2030, 6, 1);
        LocalDate submitted = day(since + heldDays);
        boolean before = RULES.eligibility(
                        EligibilityQuery.of(Jurisdiction.US, meeting, submitted, lot, Documents.complete()))
                .isEligible();
        boolean after = RULES.eligibility(EligibilityQuery.of(
                        Jurisdiction.US, meeting, submitted.plusDays(later), lot, Documents.complete()))
                .isEligible();
        if (before) {
            assertThat(after).isTrue();
        }
    }

    @Property
    @Label("s249O(1): the latest notice day is the last day more than 2 months before the meeting")
    void australianNoticeIsTheLastDayMoreThanTwoMonthsBefore(@ForAll @IntRange(min = 0, max = 20000) int offset) {
        LocalDate meeting = day(offset);
        LocalDate latest = CorporationsAct2001.latestNoticeDate(meeting);
        assertThat(latest.plusMonths(2)).isBefore(meeting);
        assertThat(latest.plusDays(1).plusMonths(2)).isAfterOrEqualTo(meeting);
    }

    @Property
    @Label("SOR/2001-512 s.49: the window opens 150 and closes 90 days before the anniversary")
    void canadianWindowIsSixtyOneDaysLong(@ForAll @IntRange(min = 8500, max = 20000) int offset) {
        LocalDate previous = day(offset);
        DeadlineVerdict verdict =
                RULES.submissionDeadline(DeadlineQuery.annual(Jurisdiction.CA, previous.plusYears(1), previous, null));
        assertThat(ChronoUnit.DAYS.between(verdict.windowOpens(), verdict.deadline()))
                .isEqualTo(60);
        assertThat(verdict.deadline().plusDays(90)).isEqualTo(previous.plusYears(1));
    }

    @Property
    @Label("ss. 338/314: 42 days before an AGM, 7 days before for a statement")
    void ukDeadlinesAreWholeWeeksBefore(@ForAll @IntRange(min = 4000, max = 20000) int offset) {
        LocalDate agm = day(offset);
        DeadlineQuery query = DeadlineQuery.annual(Jurisdiction.UK, agm, null, null);
        assertThat(RULES.submissionDeadline(query).deadline().plusDays(42)).isEqualTo(agm);
        assertThat(RULES.submissionDeadline(query.withTextKind(TextKind.STATEMENT))
                        .deadline()
                        .plusDays(7))
                .isEqualTo(agm);
    }

    @Property
    @Label("Word count: n words joined by any white space count n")
    void joinedWordsCountTheirNumber(@ForAll @IntRange(min = 0, max = 700) int n) {
        String text = String.join(" \n\t".substring(n % 3, n % 3 + 1), java.util.Collections.nCopies(n, "well-being"));
        assertThat(WordCounter.count(text)).isEqualTo(n);
    }

    @Property
    @Label("Votes: support by the SEC formula is never below the company formula")
    void secSupportIsAtLeastCompanySupport(
            @ForAll @IntRange(min = 0, max = 1_000_000) int votesFor,
            @ForAll @IntRange(min = 1, max = 1_000_000) int against,
            @ForAll @IntRange(min = 0, max = 1_000_000) int abstain) {
        VoteResult result = RULES.voteResult(VoteCounts.of(votesFor, against, abstain, 0));
        assertThat(result.sec().percent())
                .isGreaterThanOrEqualTo(result.company().percent());
    }
}
