package org.cofile.domain.rules.au;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.rules.DeadlineKind;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.EffectivePeriod;
import org.cofile.domain.rules.EligibilityFigures;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.EligibilityVerdicts;
import org.cofile.domain.rules.HeldLots;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.rules.MissingItem;
import org.cofile.domain.rules.RuleSet;
import org.cofile.domain.rules.RuleSetRef;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.ThresholdTest;
import org.cofile.domain.rules.WordLimit;
import org.cofile.domain.shared.Percentage;

/**
 * Members' resolutions (s249N) and statements (s249P) under the Corporations Act 2001. Members may combine: the
 * thresholds count all members giving the notice together.
 */
public final class CorporationsAct2001 implements RuleSet {

    /** The Corporations Act 2001 commenced on 2001-07-15. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2001, 7, 15);

    /** s249N(1)(a): members with at least 5% of the votes that may be cast on the resolution ... */
    public static final Percentage MIN_VOTES = Percentage.of("5");

    /** s249N(1)(b): ... or at least 100 members entitled to vote (verify: this limb has been under review). */
    public static final int MIN_MEMBERS = 100;

    /** s249O(1) (fact sheet: s249N): considered at the next general meeting held more than 2 months after notice. */
    public static final int NOTICE_MONTHS_BEFORE_MEETING = 2;

    private static final String ACT = "Corporations Act 2001 (Cth)";
    private static final RuleSetRef REF = new RuleSetRef("AU-CA2001", "Corporations Act 2001 ss. 249N-249P");

    @Override
    public RuleSetRef ref() {
        return REF;
    }

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.AU;
    }

    @Override
    public EffectivePeriod effective() {
        return EffectivePeriod.from(EFFECTIVE_FROM);
    }

    @Override
    public String source() {
        return "Corporations Act 2001 (Cth) ss. 249N, 249O, 249P (verify the current text of the 100-member limb)";
    }

    @Override
    public EligibilityVerdict eligibility(EligibilityQuery query) {
        HeldLots lots = HeldLots.of(query, h -> true);
        BigDecimal outstanding = query.votingSharesOutstanding();
        Percentage share = lots.shareOfVotes(outstanding);
        int members = lots.holders();
        EligibilityFigures figures = lots.figures(query.submissionDate(), null, share, null, true);
        String citation = ACT + " s249N(1), s249P";
        String who = members == 1 ? "1 member holds" : members + " members together hold";
        ThresholdTest test;
        if (share != null && MIN_VOTES.isReachedBy(lots.shares(), outstanding)) {
            test = ThresholdTest.met(
                    MIN_VOTES + " of the votes threshold", who + " " + share + " of the votes", figures);
        } else if (members >= MIN_MEMBERS) {
            test = ThresholdTest.met(
                    MIN_MEMBERS + " members threshold", members + " members entitled to vote give the notice", figures);
        } else {
            List<MissingItem> missing = new ArrayList<>();
            if (outstanding == null) {
                missing.add(new MissingItem(
                        MissingCode.VOTING_SHARES_OUTSTANDING,
                        "the votes that may be cast on the resolution, to test the " + MIN_VOTES + " limb"));
            }
            test = ThresholdTest.notMet(
                    who + " " + (share == null ? "an unknown share" : share) + " of the votes (needs " + MIN_VOTES
                            + ") and " + members + (members == 1 ? " member gives" : " members give")
                            + " the notice (needs " + MIN_MEMBERS + ")",
                    figures,
                    missing);
        }
        return EligibilityVerdicts.assemble(REF, test, List.of(), citation);
    }

    /**
     * The last day to give notice so that the resolution is considered at the meeting on {@code meetingDate}: the
     * latest day N with {@code N.plusMonths(2)} strictly before the meeting ("more than 2 months after"). Month ends
     * follow {@link LocalDate#plusMonths}: for a meeting on 31 March 2025 the last day is 30 January 2025 (31 January
     * plus two months is 31 March itself, not more than two months before), and for a meeting on 30 April 2025 it is
     * 28 February 2025.
     */
    public static LocalDate latestNoticeDate(LocalDate meetingDate) {
        LocalDate candidate =
                meetingDate.minusMonths(NOTICE_MONTHS_BEFORE_MEETING).plusDays(3);
        while (!candidate.plusMonths(NOTICE_MONTHS_BEFORE_MEETING).isBefore(meetingDate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    @Override
    public DeadlineVerdict submissionDeadline(DeadlineQuery query) {
        if (query.textKind() != TextKind.PROPOSAL) {
            return new DeadlineVerdict(
                    REF,
                    DeadlineKind.NOT_ENCODED,
                    null,
                    null,
                    "no timing for s249P statements in the fact sheet",
                    ACT + " s249P",
                    "The fact sheet gives no time limit for a members' statement under s249P; ask the company.");
        }
        LocalDate meeting = query.meetingDate();
        LocalDate deadline = latestNoticeDate(meeting);
        return new DeadlineVerdict(
                REF,
                DeadlineKind.FIXED,
                null,
                deadline,
                "latest day N with N + " + NOTICE_MONTHS_BEFORE_MEETING + " months before " + meeting,
                ACT + " s249N, s249O(1)",
                "Notice given by " + deadline + " is considered at the general meeting on " + meeting
                        + ", which is then more than " + NOTICE_MONTHS_BEFORE_MEETING
                        + " months later; notice given later goes to the next general meeting.");
    }

    @Override
    public Optional<WordLimit> wordLimit(TextKind textKind) {
        // The fact sheet gives no word limit for Australia.
        return Optional.empty();
    }
}
