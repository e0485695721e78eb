package org.cofile.domain.rules.ca;

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
import org.cofile.domain.rules.HoldingPeriod;
import org.cofile.domain.rules.Jurisdiction;
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

/** Shareholder proposals under the CBCA s137 and SOR/2001-512 as amended in 2022. */
public final class CanadaBusinessCorporationsAct implements RuleSet {

    /** The 2022 amendments (90-150 day window) took effect 2022-08-31 (verify the in-force date). */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2022, 8, 31);

    /** SOR/2001-512 s.46(a): at least 1% of the outstanding voting shares ... */
    public static final Percentage MIN_PERCENT = Percentage.of("1");

    /** SOR/2001-512 s.46(b): ... or voting shares with a fair market value of at least CAD 2,000 ... */
    public static final Money MIN_VALUE = Money.cad("2000");

    /** SOR/2001-512 s.46: ... held for at least the 6 months before the proposal is submitted. */
    public static final int MIN_MONTHS = 6;

    /** SOR/2001-512 s.49 (2022): submitted not more than 150 days before the anniversary of the last AGM ... */
    public static final int WINDOW_OPENS_DAYS_BEFORE_ANNIVERSARY = 150;

    /** ... and not less than 90 days before it. */
    public static final int DEADLINE_DAYS_BEFORE_ANNIVERSARY = 90;

    // SOR/2001-512 s.48: proposal and supporting statement together at most 500 words. The fact sheet had this from a
    // secondary source (other-jurisdictions.md); the citation users read names the section only.
    /** SOR/2001-512 s.48: proposal and supporting statement together at most 500 words. */
    public static final int MAX_WORDS = 500;

    private static final String CAD = "CAD";
    private static final RuleSetRef REF = new RuleSetRef("CA-CBCA-2022", "CBCA s137 as amended in 2022");

    @Override
    public RuleSetRef ref() {
        return REF;
    }

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.CA;
    }

    @Override
    public EffectivePeriod effective() {
        return EffectivePeriod.from(EFFECTIVE_FROM);
    }

    @Override
    public String source() {
        return "Canada Business Corporations Act s137; Canada Business Corporations Regulations, 2001"
                + " (SOR/2001-512) ss. 46-49 as amended in 2022";
    }

    @Override
    public EligibilityVerdict eligibility(EligibilityQuery query) {
        for (int i = 0; i < query.holdings().size(); i++) {
            Money value = query.holdings().get(i).marketValue();
            if (value != null && !CAD.equals(value.currency())) {
                throw new InvalidInputException(
                        "holdings[" + i + "].value", "must be in CAD under the CBCA (was " + value.currency() + ")");
            }
        }
        LocalDate submitted = query.submissionDate();
        HeldLots lots = HeldLots.of(query, h -> HoldingPeriod.heldAtLeastMonths(h.heldSince(), submitted, MIN_MONTHS));
        Money value = lots.marketValue(CAD);
        boolean valueMissing = lots.marketValueMissing();
        BigDecimal outstanding = query.votingSharesOutstanding();
        Percentage share = lots.shareOfVotes(outstanding);
        int holders = lots.holders();
        // CBCA s137(1.1)(b) lets a proponent rely on the support of persons who in the aggregate hold the prescribed
        // shares (verify: the fact sheet is silent on aggregation in Canada).
        EligibilityFigures figures = lots.figures(submitted, value, share, null, true);
        String since = " held for at least " + MIN_MONTHS + " months (since " + lots.heldSince() + ")";
        String who = holders > 1 ? " by " + holders + " shareholders together" : "";
        String citation = "CBCA s137(1.1); SOR/2001-512 s.46";
        ThresholdTest test;
        if (value.isAtLeast(MIN_VALUE)) {
            test = ThresholdTest.met("CAD 2,000 / 6 months threshold", value + since + who, figures);
        } else if (share != null && MIN_PERCENT.isReachedBy(lots.shares(), outstanding)) {
            test = ThresholdTest.met(
                    MIN_PERCENT + " / 6 months threshold", share + " of the voting shares" + since + who, figures);
        } else {
            List<MissingItem> missing = new ArrayList<>();
            if (valueMissing) {
                missing.add(new MissingItem(MissingCode.MARKET_VALUE, "the fair market value of every lot"));
            }
            if (outstanding == null) {
                missing.add(new MissingItem(
                        MissingCode.VOTING_SHARES_OUTSTANDING,
                        "the outstanding voting shares, to test the " + MIN_PERCENT + " limb"));
            }
            test = ThresholdTest.notMet(
                    value + (share == null ? "" : " and " + share + " of the voting shares") + " held for at least "
                            + MIN_MONTHS + " months before " + submitted + " (needs " + MIN_VALUE + " or "
                            + MIN_PERCENT + ")",
                    figures,
                    missing);
        }
        return EligibilityVerdicts.assemble(REF, test, List.of(), citation);
    }

    @Override
    public DeadlineVerdict submissionDeadline(DeadlineQuery query) {
        LocalDate previous = query.previousMeetingDate();
        if (previous == null) {
            return new DeadlineVerdict(
                    REF,
                    DeadlineKind.NOT_ENCODED,
                    null,
                    null,
                    "no previous annual meeting",
                    "SOR/2001-512 s.49",
                    "The window runs from the anniversary of the previous annual meeting; with no previous meeting the"
                            + " fact sheet gives no rule.");
        }
        // LocalDate.plusYears clamps 29 February to 28 February in a common year.
        LocalDate anniversary = previous.plusYears(1);
        LocalDate opens = anniversary.minusDays(WINDOW_OPENS_DAYS_BEFORE_ANNIVERSARY);
        LocalDate deadline = anniversary.minusDays(DEADLINE_DAYS_BEFORE_ANNIVERSARY);
        return new DeadlineVerdict(
                REF,
                DeadlineKind.WINDOW,
                opens,
                deadline,
                "anniversary of the previous annual meeting " + anniversary + " minus "
                        + WINDOW_OPENS_DAYS_BEFORE_ANNIVERSARY + " and " + DEADLINE_DAYS_BEFORE_ANNIVERSARY + " days",
                "SOR/2001-512 s.49 (2022)",
                "Submit between " + opens + " and " + deadline + ": not more than "
                        + WINDOW_OPENS_DAYS_BEFORE_ANNIVERSARY + " and not less than "
                        + DEADLINE_DAYS_BEFORE_ANNIVERSARY
                        + " days before the anniversary (" + anniversary + ") of the previous annual meeting.");
    }

    @Override
    public Optional<WordLimit> wordLimit(TextKind textKind) {
        return textKind == TextKind.PROPOSAL
                ? Optional.of(new WordLimit(TextKind.PROPOSAL, MAX_WORDS, "SOR/2001-512 s.48"))
                : Optional.empty();
    }
}
