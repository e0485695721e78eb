package org.cofile.domain.rules.us;

import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.DeadlineKind;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityFigures;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.EligibilityVerdicts;
import org.cofile.domain.rules.Filing;
import org.cofile.domain.rules.HeldLots;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MeetingKind;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.rules.MissingItem;
import org.cofile.domain.rules.NoActionTimingVerdict;
import org.cofile.domain.rules.OnePerMeetingConflict;
import org.cofile.domain.rules.PriorVote;
import org.cofile.domain.rules.ResubmissionQuery;
import org.cofile.domain.rules.ResubmissionVerdict;
import org.cofile.domain.rules.RuleSet;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.ThresholdTest;
import org.cofile.domain.rules.WordLimit;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/**
 * What the 1998 and 2020 versions of Rule 14a-8 share (deadline, word limit, deficiency, no-action, opposition and
 * no-show clocks, the resubmission arithmetic); the subclasses hold what differs.
 */
public abstract class Rule14a8 implements RuleSet {

    /** 14a-8(e)(2): received not less than 120 calendar days before the anniversary of last year's proxy release. */
    public static final int DEADLINE_DAYS_BEFORE_RELEASE_ANNIVERSARY = 120;

    /** 14a-8(e)(2): a meeting moved by more than 30 days from last year's date has "a reasonable time" instead. */
    public static final int MEETING_MOVE_TOLERANCE_DAYS = 30;

    /** 14a-8(d): the proposal and its supporting statement together may not exceed 500 words. */
    public static final int MAX_WORDS = 500;

    /** 14a-8(b); SLB 14 C.1.a: market value uses the highest selling price in the 60 calendar days before submission (verify). */
    public static final int VALUATION_WINDOW_DAYS = 60;

    /** 14a-8(f)(1): the company notifies a curable deficiency within 14 calendar days of receiving the proposal. */
    public static final int DEFICIENCY_NOTICE_DAYS = 14;

    /** 14a-8(f)(1): the answer is postmarked or sent electronically within 14 calendar days of receiving the notice. */
    public static final int DEFICIENCY_RESPONSE_DAYS = 14;

    /** 14a-8(j)(1): reasons for exclusion filed no later than 80 calendar days before the definitive proxy. */
    public static final int NO_ACTION_DAYS_BEFORE_DEFINITIVE_PROXY = 80;

    /** 14a-8(m)(3): the statement in opposition is sent at least 30 calendar days before the definitive proxy. */
    public static final int OPPOSITION_STATEMENT_DAYS_BEFORE_DEFINITIVE_PROXY = 30;

    /** 14a-8(h)(3): after an unexcused no-show, proposals may be excluded for meetings in the next 2 calendar years. */
    public static final int NO_SHOW_BAR_CALENDAR_YEARS = 2;

    /** 14a-8(i)(12): earlier votes count when held within the preceding 5 calendar years. */
    public static final int RESUBMISSION_LOOKBACK_CALENDAR_YEARS = 5;

    /** 14a-8(i)(12): exclusion applies to meetings held within 3 calendar years of the last vote. */
    public static final int RESUBMISSION_EXCLUSION_CALENDAR_YEARS = 3;

    static final String USD = "USD";
    static final String CFR = "17 CFR 240.14a-8";

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.US;
    }

    /** Whether holdings of several proponents may be combined to reach a threshold. */
    public abstract boolean aggregationAllowed();

    /** The 14a-8(i)(12) threshold after a proposal was voted on {@code timesVoted} (≥ 1) times. */
    public abstract Percentage resubmissionThreshold(int timesVoted);

    /** 14a-8(i)(12) has three tiers in every version: voted once, twice, three or more times; the rule set gives each. */
    protected static Percentage byTimesVoted(
            int timesVoted, Percentage once, Percentage twice, Percentage threeOrMore) {
        if (timesVoted < 1) {
            throw new InvalidInputException("timesVoted", "must be at least 1 (was " + timesVoted + ")");
        }
        return switch (timesVoted) {
            case 1 -> once;
            case 2 -> twice;
            default -> threeOrMore;
        };
    }

    /** Who counts as "submitting" a filing for the one-proposal limit of 14a-8(c). */
    protected abstract Set<String> personsSubmitting(Filing filing);

    protected abstract String onePerMeetingCitation();

    protected abstract ThresholdTest testThresholds(EligibilityQuery query, List<Holding> heldAtSubmission);

    protected abstract String eligibilityCitation();

    /** The 14a-8(b) documents this rule set asks for. */
    protected List<MissingItem> documentsMissing(Documents documents) {
        List<MissingItem> missing = new ArrayList<>();
        if (!documents.intentToHoldStated()) {
            missing.add(MissingItem.of(
                    MissingCode.INTENT_TO_HOLD,
                    "a written statement of intent to hold the shares through the meeting date (14a-8(b))"));
        }
        if (!documents.proofOfOwnershipOnFile()) {
            missing.add(MissingItem.of(
                    MissingCode.PROOF_OF_OWNERSHIP,
                    "proof of ownership: the record holder's written statement covering the holding period"
                            + " (14a-8(b); SLB 14F)"));
        }
        return missing;
    }

    @Override
    public EligibilityVerdict eligibility(EligibilityQuery query) {
        List<Holding> held = new ArrayList<>();
        for (int i = 0; i < query.holdings().size(); i++) {
            Holding h = query.holdings().get(i);
            requireUsd(h.highestPriceInWindow(), "holdings[" + i + "].highestPriceInWindow");
            requireUsd(h.value(), "holdings[" + i + "].value");
            if (!h.heldSince().isAfter(query.submissionDate())) {
                held.add(h);
            }
        }
        if (query.holdersCounted() > 1 && !aggregationAllowed()) {
            return EligibilityVerdicts.aggregationNotAllowed(
                    ref(), query, eligibilityCitation(), "Rule 14a-8(b) as amended by Release 34-89964");
        }
        return EligibilityVerdicts.assemble(
                ref(), testThresholds(query, held), documentsMissing(query.documents()), eligibilityCitation());
    }

    private static void requireUsd(Money money, String field) {
        if (money != null && !USD.equals(money.currency())) {
            throw new InvalidInputException(field, "must be in USD under Rule 14a-8 (was " + money.currency() + ")");
        }
    }

    /** First day of the valuation window for a submission on {@code submissionDate}. */
    public static LocalDate valuationWindowStart(LocalDate submissionDate) {
        return submissionDate.minusDays(VALUATION_WINDOW_DAYS);
    }

    /** Lots held for at least {@code years} through the submission date, with their value in dollars. */
    record Counted(HeldLots lots, Money value, boolean valueMissing) {

        static Counted of(List<Holding> held, int years, LocalDate submissionDate) {
            HeldLots lots = new HeldLots(held.stream()
                    .filter(h -> h.heldForYearsThrough(years, submissionDate))
                    .toList());
            return new Counted(lots, lots.marketValue(USD), lots.marketValueMissing());
        }

        BigDecimal shares() {
            return lots.shares();
        }

        LocalDate heldSince() {
            return lots.heldSince();
        }

        int holders() {
            return lots.holders();
        }

        Percentage shareOfVotes(BigDecimal votingSharesOutstanding) {
            return lots.shareOfVotes(votingSharesOutstanding);
        }

        EligibilityFigures figures(LocalDate submissionDate, Percentage shareOfVotes, boolean aggregationAllowed) {
            return lots.figures(submissionDate, value, shareOfVotes, null, aggregationAllowed);
        }
    }

    static MissingItem marketValueMissing() {
        return MissingItem.of(
                MissingCode.MARKET_VALUE,
                "the highest selling price in the " + VALUATION_WINDOW_DAYS
                        + " calendar days before submission (or the market value) of every lot",
                VALUATION_WINDOW_DAYS);
    }

    @Override
    public DeadlineVerdict submissionDeadline(DeadlineQuery query) {
        if (query.meetingKind() == MeetingKind.OTHER) {
            return reasonableTime(
                    query, "this is not the regular annual meeting", CFR + "(e)(3)", "14a-8(e)(3): other meeting");
        }
        if (query.previousMeetingDate() == null) {
            return reasonableTime(
                    query, "the company held no annual meeting last year", CFR + "(e)(2)", "14a-8(e)(2): no meeting");
        }
        LocalDate anniversary = query.previousMeetingDate().plusYears(1);
        long moved = Math.abs(DAYS.between(anniversary, query.meetingDate()));
        if (moved > MEETING_MOVE_TOLERANCE_DAYS) {
            return reasonableTime(
                    query,
                    "this year's meeting moved " + moved + " days from last year's date (more than "
                            + MEETING_MOVE_TOLERANCE_DAYS + ")",
                    CFR + "(e)(2)",
                    "14a-8(e)(2): meeting moved");
        }
        LocalDate release = query.previousProxyReleaseDate();
        if (release == null) {
            throw new InvalidInputException(
                    "previousProxyReleaseDate",
                    "must be given: last year's meeting was within " + MEETING_MOVE_TOLERANCE_DAYS
                            + " days of this year's date, so the deadline is computed from last year's proxy release");
        }
        LocalDate releaseAnniversary = release.plusYears(1);
        LocalDate deadline = releaseAnniversary.minusDays(DEADLINE_DAYS_BEFORE_RELEASE_ANNIVERSARY);
        return new DeadlineVerdict(
                ref(),
                DeadlineKind.FIXED,
                null,
                deadline,
                "last year's proxy release " + release + ", anniversary " + releaseAnniversary + ", minus "
                        + DEADLINE_DAYS_BEFORE_RELEASE_ANNIVERSARY + " calendar days",
                CFR + "(e)(2)",
                "The proposal must be received at the company's principal executive offices by " + deadline + ", "
                        + DEADLINE_DAYS_BEFORE_RELEASE_ANNIVERSARY
                        + " calendar days before the anniversary of last year's proxy statement (" + release + ").");
    }

    private DeadlineVerdict reasonableTime(DeadlineQuery query, String reason, String citation, String computation) {
        LocalDate announced = query.announcedDeadline();
        String explanation = "Because " + reason
                + ", the deadline is a reasonable time before the company begins to print and send its proxy materials"
                + (announced != null
                        ? "; the company announced " + announced + "."
                        : "; the company has announced no date, so none can be given.");
        return new DeadlineVerdict(
                ref(), DeadlineKind.REASONABLE_TIME, null, announced, computation, citation, explanation);
    }

    @Override
    public Optional<WordLimit> wordLimit(TextKind textKind) {
        return textKind == TextKind.PROPOSAL
                ? Optional.of(new WordLimit(TextKind.PROPOSAL, MAX_WORDS, CFR + "(d)"))
                : Optional.empty();
    }

    /** The last day for the company's deficiency notice, for a proposal received on {@code receivedOn}. */
    public ClockVerdict deficiencyNotice(LocalDate receivedOn) {
        Checks.notNull(receivedOn, "receivedOn");
        LocalDate due = receivedOn.plusDays(DEFICIENCY_NOTICE_DAYS);
        return new ClockVerdict(
                ref(),
                "DEFICIENCY_NOTICE",
                receivedOn,
                null,
                due,
                CFR + "(f)(1)",
                "The company must notify a curable deficiency by " + due + ", within " + DEFICIENCY_NOTICE_DAYS
                        + " calendar days of receiving the proposal on " + receivedOn
                        + "; no notice is needed for a deficiency that cannot be cured, such as a missed deadline.");
    }

    /** The last day for the proponent's answer, for a deficiency notice received on {@code noticeReceivedOn}. */
    public ClockVerdict deficiencyResponse(LocalDate noticeReceivedOn) {
        Checks.notNull(noticeReceivedOn, "noticeReceivedOn");
        LocalDate due = noticeReceivedOn.plusDays(DEFICIENCY_RESPONSE_DAYS);
        return new ClockVerdict(
                ref(),
                "DEFICIENCY_RESPONSE",
                noticeReceivedOn,
                null,
                due,
                CFR + "(f)(1)",
                "The answer must be postmarked or sent electronically by " + due + ", within "
                        + DEFICIENCY_RESPONSE_DAYS + " calendar days of receiving the notice on " + noticeReceivedOn
                        + ".");
    }

    /** The days the proponent must offer to meet the company after submitting on {@code submissionDate}. */
    public abstract ClockVerdict engagementWindow(LocalDate submissionDate);

    /** The last day to send the proponent the statement in opposition. */
    public ClockVerdict oppositionStatement(LocalDate definitiveProxyDate) {
        Checks.notNull(definitiveProxyDate, "definitiveProxyDate");
        LocalDate due = definitiveProxyDate.minusDays(OPPOSITION_STATEMENT_DAYS_BEFORE_DEFINITIVE_PROXY);
        return new ClockVerdict(
                ref(),
                "OPPOSITION_STATEMENT",
                definitiveProxyDate,
                null,
                due,
                CFR + "(m)(3)",
                "The company must send its statement in opposition by " + due + ", at least "
                        + OPPOSITION_STATEMENT_DAYS_BEFORE_DEFINITIVE_PROXY
                        + " calendar days before it files its definitive proxy on " + definitiveProxyDate + ".");
    }

    /**
     * The meetings for which a company may exclude a proponent's proposals after it failed to present one at the
     * meeting on {@code missedMeetingDate}: those held in the following two calendar years, i.e. from 1 January of the
     * next year to 31 December of the year after.
     */
    public ClockVerdict noShowBar(LocalDate missedMeetingDate, boolean goodCause) {
        Checks.notNull(missedMeetingDate, "missedMeetingDate");
        if (goodCause) {
            return new ClockVerdict(
                    ref(),
                    "NO_SHOW_BAR",
                    missedMeetingDate,
                    null,
                    null,
                    CFR + "(h)(3)",
                    "No bar: the proponent had good cause for not presenting the proposal on " + missedMeetingDate
                            + ".");
        }
        int year = missedMeetingDate.getYear();
        LocalDate from = LocalDate.of(year + 1, 1, 1);
        LocalDate until = LocalDate.of(year + NO_SHOW_BAR_CALENDAR_YEARS, 12, 31);
        return new ClockVerdict(
                ref(),
                "NO_SHOW_BAR",
                missedMeetingDate,
                from,
                until,
                CFR + "(h)(3)",
                "The proposal was not presented on " + missedMeetingDate
                        + " without good cause, so the company may exclude all of the proponent's proposals for"
                        + " meetings held from " + from + " to " + until + " (the following "
                        + NO_SHOW_BAR_CALENDAR_YEARS + " calendar years).");
    }

    /**
     * Whether a no-action request filed on {@code requestDate} is in time for a definitive proxy filed on {@code
     * definitiveProxyDate}; {@code staffPosture} is the posture in force on the request date, or {@code null}.
     */
    public NoActionTimingVerdict noActionTiming(
            LocalDate requestDate, LocalDate definitiveProxyDate, StaffPosture staffPosture) {
        Checks.notNull(requestDate, "requestDate");
        Checks.notNull(definitiveProxyDate, "definitiveProxyDate");
        LocalDate latest = definitiveProxyDate.minusDays(NO_ACTION_DAYS_BEFORE_DEFINITIVE_PROXY);
        long daysBefore = DAYS.between(requestDate, definitiveProxyDate);
        boolean timely = !requestDate.isAfter(latest);
        String timing = timely
                ? "The request of " + requestDate + " is in time: " + daysBefore
                        + " calendar days before the definitive proxy (" + definitiveProxyDate
                        + "); the last timely day is "
                        + latest + "."
                : "The request of " + requestDate + " is late: only " + daysBefore
                        + " calendar days before the definitive proxy (" + definitiveProxyDate
                        + "), the last timely day was "
                        + latest + "; the company must show good cause for missing the deadline.";
        String posture = staffPosture == null ? "" : " " + staffPosture.summary();
        return new NoActionTimingVerdict(
                ref(),
                requestDate,
                definitiveProxyDate,
                latest,
                daysBefore,
                timely,
                !timely,
                staffPosture == null ? null : staffPosture.ref(),
                CFR + "(j)(1)",
                timing + posture);
    }

    /**
     * Whether a resubmission may be excluded under 14a-8(i)(12).
     *
     * <p>"Calendar year" means 1 January to 31 December. For a meeting held in year Y, the votes "within the preceding
     * 5 calendar years" are those at meetings from 1 January of Y−5 up to the day before the meeting (a vote earlier in
     * year Y itself also precedes it). If the last such vote was in year L, the proposal may be excluded from meetings
     * held "within 3 calendar years" of it, that is up to 31 December of L+3. The threshold depends on how many votes
     * fall in the 5-year window (once, twice, three or more times) and is compared exactly with the last vote's support
     * for ÷ (for + against), never after rounding.
     */
    public ResubmissionVerdict resubmission(ResubmissionQuery query) {
        LocalDate meeting = query.meetingDate();
        LocalDate lookbackFrom = LocalDate.of(meeting.getYear() - RESUBMISSION_LOOKBACK_CALENDAR_YEARS, 1, 1);
        List<PriorVote> counted = query.priorVotes().stream()
                .filter(v -> !v.meetingDate().isBefore(lookbackFrom)
                        && v.meetingDate().isBefore(meeting))
                .sorted(Comparator.comparing(PriorVote::meetingDate))
                .toList();
        String citation = CFR + "(i)(12)";
        if (counted.isEmpty()) {
            return new ResubmissionVerdict(
                    ref(),
                    false,
                    null,
                    0,
                    null,
                    null,
                    null,
                    "Not excludable as a resubmission: no vote on the subject between " + lookbackFrom + " and "
                            + meeting + " (the preceding " + RESUBMISSION_LOOKBACK_CALENDAR_YEARS + " calendar years).",
                    citation);
        }
        PriorVote last = counted.get(counted.size() - 1);
        int times = counted.size();
        Percentage threshold = resubmissionThreshold(times);
        String voted = "voted on " + times + (times == 1 ? " time" : " times") + " since " + lookbackFrom + ", last on "
                + last.meetingDate();
        BigDecimal support;
        String supportText;
        boolean below;
        if (last.isReported()) {
            // No counts to cross-multiply: the published figure is compared as published.
            support = last.reportedSupport().value();
            supportText = last.reportedSupport() + " as reported (not computed from the counts; a reported figure may"
                    + " count abstentions, which (i)(12) leaves out)";
            below = last.reportedSupport().compareTo(threshold) < 0;
        } else {
            BigDecimal votesFor = BigDecimal.valueOf(last.counts().votesFor());
            BigDecimal cast = votesFor.add(BigDecimal.valueOf(last.counts().against()));
            if (cast.signum() == 0) {
                return new ResubmissionVerdict(
                        ref(),
                        false,
                        threshold,
                        times,
                        null,
                        last.meetingDate(),
                        null,
                        "Not excludable: the proposal was " + voted
                                + " but no votes were cast for or against it, so its support cannot be computed.",
                        citation);
            }
            support = votesFor.multiply(BigDecimal.valueOf(100)).divide(cast, 2, RoundingMode.HALF_UP);
            supportText = support.toPlainString() + "%";
            below = !threshold.isReachedBy(votesFor, cast);
            if (below && support.compareTo(threshold.value()) >= 0) {
                supportText += " (" + votesFor.multiply(BigDecimal.valueOf(100)).divide(cast, 6, RoundingMode.DOWN)
                        + "% before rounding)";
            }
        }
        LocalDate until = LocalDate.of(last.meetingDate().getYear() + RESUBMISSION_EXCLUSION_CALENDAR_YEARS, 12, 31);
        boolean inWindow = !meeting.isAfter(until);
        boolean excludable = below && inWindow;
        String explanation;
        if (excludable) {
            explanation = "Excludable: the proposal was " + voted + " with " + supportText + " support, below the "
                    + threshold + " threshold for " + times(times) + "; the company may exclude it from meetings held"
                    + " until " + until + ".";
        } else if (below) {
            explanation = "Not excludable: the last vote (" + last.meetingDate() + ", " + supportText
                    + " support) was below the " + threshold + " threshold, but the meeting on " + meeting
                    + " is after " + until + ", more than " + RESUBMISSION_EXCLUSION_CALENDAR_YEARS
                    + " calendar years after it.";
        } else {
            explanation = "Not excludable: the proposal was " + voted + " with " + supportText
                    + " support, not below the " + threshold + " threshold for " + times(times) + ".";
        }
        return new ResubmissionVerdict(
                ref(),
                excludable,
                threshold,
                times,
                support,
                last.meetingDate(),
                excludable ? until : null,
                explanation,
                citation);
    }

    private static String times(int times) {
        return switch (times) {
            case 1 -> "one earlier vote";
            case 2 -> "two earlier votes";
            default -> "three or more earlier votes";
        };
    }

    /** The people who appear in more than one proposal among {@code filings}, all for the same company and meeting. */
    public List<OnePerMeetingConflict> onePerMeeting(List<Filing> filings) {
        Map<String, List<Filing>> byPerson = new LinkedHashMap<>();
        for (Filing f : filings) {
            for (String person : personsSubmitting(f)) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(f);
            }
        }
        List<OnePerMeetingConflict> conflicts = new ArrayList<>();
        byPerson.forEach((person, theirs) -> {
            Set<String> proposals = new LinkedHashSet<>();
            theirs.forEach(f -> proposals.add(f.proposalId()));
            if (proposals.size() > 1) {
                Filing first = theirs.get(0);
                conflicts.add(new OnePerMeetingConflict(
                        person,
                        first.companyId(),
                        first.meetingDate(),
                        ref(),
                        theirs,
                        onePerMeetingCitation(),
                        person + " is involved in " + proposals.size() + " proposals (" + String.join(", ", proposals)
                                + ") to " + first.companyId() + " for the meeting on " + first.meetingDate()
                                + "; only one is allowed."));
            }
        });
        return conflicts;
    }
}
