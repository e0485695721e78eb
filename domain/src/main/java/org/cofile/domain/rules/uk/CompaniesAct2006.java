package org.cofile.domain.rules.uk;

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
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MeetingKind;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.rules.MissingItem;
import org.cofile.domain.rules.RuleSet;
import org.cofile.domain.rules.RuleSetRef;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.ThresholdTest;
import org.cofile.domain.rules.WordLimit;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/**
 * Members' rights to circulate AGM resolutions (s338), add AGM matters (s338A) and circulate statements (s314) under
 * the Companies Act 2006. Requests may be combined: the thresholds count all requesting members together.
 */
public final class CompaniesAct2006 implements RuleSet {

    /** s338A was inserted by the Companies (Shareholders' Rights) Regulations 2009 with effect from 2009-08-03. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2009, 8, 3);

    /** ss. 314(2)(a), 338(3)(a), 338A(3)(a): members representing at least 5% of the total voting rights ... */
    public static final Percentage MIN_VOTING_RIGHTS = Percentage.of("5");

    /** ss. 314(2)(b), 338(3)(b), 338A(3)(b): ... or at least 100 members with a right to vote ... */
    public static final int MIN_MEMBERS = 100;

    /** ... who hold shares on which there has been paid up an average sum, per member, of at least £100. */
    public static final Money MIN_AVERAGE_PAID_UP = Money.gbp("100");

    /** ss. 338(4), 338A(3): received not later than 6 weeks before the AGM (or, if later, when notice is given). */
    public static final int AGM_REQUEST_WEEKS_BEFORE = 6;

    /** s314(4)(d): a statement request is received at least one week before the meeting. */
    public static final int STATEMENT_WEEKS_BEFORE = 1;

    /** s314(1): a statement of not more than 1,000 words. */
    public static final int STATEMENT_MAX_WORDS = 1000;

    private static final String GBP = "GBP";
    private static final String ACT = "Companies Act 2006";
    private static final RuleSetRef REF = new RuleSetRef("UK-CA2006", "Companies Act 2006 ss. 314, 338, 338A");

    @Override
    public RuleSetRef ref() {
        return REF;
    }

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.UK;
    }

    @Override
    public EffectivePeriod effective() {
        return EffectivePeriod.from(EFFECTIVE_FROM);
    }

    @Override
    public String source() {
        return "legislation.gov.uk, Companies Act 2006 ss. 314, 338, 338A";
    }

    @Override
    public EligibilityVerdict eligibility(EligibilityQuery query) {
        for (int i = 0; i < query.holdings().size(); i++) {
            Money paidUp = query.holdings().get(i).paidUp();
            if (paidUp != null && !GBP.equals(paidUp.currency())) {
                throw new InvalidInputException(
                        "holdings[" + i + "].paidUp", "must be in GBP (was " + paidUp.currency() + ")");
            }
        }
        HeldLots lots = HeldLots.of(query, h -> true);
        BigDecimal outstanding = query.votingSharesOutstanding();
        Percentage share = lots.shareOfVotes(outstanding);
        int members = lots.holders();
        boolean paidUpKnown = !lots.lots().isEmpty() && !lots.anyMatch(h -> h.paidUp() == null);
        Money totalPaidUp =
                paidUpKnown ? lots.lots().stream().map(Holding::paidUp).reduce(Money.zero(GBP), Money::plus) : null;
        Money average = paidUpKnown ? totalPaidUp.dividedBy(members) : null;
        EligibilityFigures figures = lots.figures(query.submissionDate(), null, share, average, true);
        String citation = ACT + " ss. 314(2), 338(3), 338A(3)";
        String who = members == 1 ? "1 member" : members + " members together";
        if (share != null && MIN_VOTING_RIGHTS.isReachedBy(lots.shares(), outstanding)) {
            return verdict(
                    ThresholdTest.met(
                            MIN_VOTING_RIGHTS + " of total voting rights threshold",
                            who + " hold " + share + " of the total voting rights",
                            figures),
                    citation);
        }
        // Compared exactly: the paid-up total against £100 × members, so rounding the average cannot pass a member.
        boolean memberLimb = members >= MIN_MEMBERS
                && paidUpKnown
                && totalPaidUp.isAtLeast(MIN_AVERAGE_PAID_UP.times(BigDecimal.valueOf(members)));
        if (memberLimb) {
            return verdict(
                    ThresholdTest.met(
                            MIN_MEMBERS + " members averaging " + MIN_AVERAGE_PAID_UP + " paid up threshold",
                            members + " members with an average of " + average + " paid up per member",
                            figures),
                    citation);
        }
        List<MissingItem> missing = new ArrayList<>();
        if (outstanding == null) {
            missing.add(new MissingItem(
                    MissingCode.VOTING_SHARES_OUTSTANDING,
                    "the total voting rights, to test the " + MIN_VOTING_RIGHTS + " limb"));
        }
        if (members >= MIN_MEMBERS && !paidUpKnown) {
            missing.add(
                    new MissingItem(MissingCode.PAID_UP_AMOUNT, "the sum paid up on each requesting member's shares"));
        }
        String summary = who + " hold " + (share == null ? "an unknown share" : share) + " of the total voting rights"
                + " (needs " + MIN_VOTING_RIGHTS + ")" + "; " + members + (members == 1 ? " member" : " members")
                + (average == null ? "" : " averaging " + average + " paid up") + " (needs " + MIN_MEMBERS
                + " averaging " + MIN_AVERAGE_PAID_UP + ")";
        return verdict(ThresholdTest.notMet(summary, figures, missing), citation);
    }

    private EligibilityVerdict verdict(ThresholdTest test, String citation) {
        // The Act asks for no statement of intent or proof beyond being a member on the register.
        return EligibilityVerdicts.assemble(REF, test, List.of(), citation);
    }

    @Override
    public DeadlineVerdict submissionDeadline(DeadlineQuery query) {
        LocalDate meeting = query.meetingDate();
        if (query.textKind() == TextKind.STATEMENT) {
            LocalDate deadline = meeting.minusWeeks(STATEMENT_WEEKS_BEFORE);
            return new DeadlineVerdict(
                    REF,
                    DeadlineKind.FIXED,
                    null,
                    deadline,
                    "meeting " + meeting + " minus " + STATEMENT_WEEKS_BEFORE + " week",
                    ACT + " s314(4)(d)",
                    "A request to circulate a statement must be received by " + deadline + ", at least one week before"
                            + " the meeting on " + meeting + ".");
        }
        String section = query.textKind() == TextKind.AGM_MATTER ? "s338A" : "s338";
        if (query.meetingKind() != MeetingKind.ANNUAL) {
            return new DeadlineVerdict(
                    REF,
                    DeadlineKind.NOT_ENCODED,
                    null,
                    null,
                    section + " applies to annual general meetings only",
                    ACT + " " + section,
                    section + " concerns the annual general meeting; for other meetings members requisition under"
                            + " other sections, which this engine does not encode.");
        }
        LocalDate sixWeeks = meeting.minusWeeks(AGM_REQUEST_WEEKS_BEFORE);
        LocalDate notice = query.noticeOfMeetingDate();
        boolean noticeLater = notice != null && notice.isAfter(sixWeeks);
        LocalDate deadline = noticeLater ? notice : sixWeeks;
        String citation = ACT + (query.textKind() == TextKind.AGM_MATTER ? " s338A(3)" : " s338(4)");
        return new DeadlineVerdict(
                REF,
                DeadlineKind.FIXED,
                null,
                deadline,
                "meeting " + meeting + " minus " + AGM_REQUEST_WEEKS_BEFORE + " weeks = " + sixWeeks
                        + (noticeLater ? "; notice of the meeting given later, on " + notice : ""),
                citation,
                "The request must be received by " + deadline
                        + (noticeLater
                                ? ", the day notice of the meeting was given, which is later than "
                                        + AGM_REQUEST_WEEKS_BEFORE + " weeks before the AGM (" + sixWeeks + ")."
                                : ", " + AGM_REQUEST_WEEKS_BEFORE + " weeks before the AGM on " + meeting + "."));
    }

    @Override
    public Optional<WordLimit> wordLimit(TextKind textKind) {
        return textKind == TextKind.STATEMENT
                ? Optional.of(new WordLimit(TextKind.STATEMENT, STATEMENT_MAX_WORDS, ACT + " s314(1)"))
                : Optional.empty();
    }
}
