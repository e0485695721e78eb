package org.cofile.domain.rules.us;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.EffectivePeriod;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.Filing;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.rules.MissingItem;
import org.cofile.domain.rules.RuleSetRef;
import org.cofile.domain.rules.ThresholdTest;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/** Rule 14a-8 as adopted in 1998 and in force until the 2020 amendments: meetings before 2022-01-01. */
public final class Rule14a8As1998 extends Rule14a8 {

    /** The 1998 text governs meetings up to the day before the 2020 amendments apply (Release 34-89964). */
    public static final LocalDate EFFECTIVE_UNTIL = LocalDate.of(2021, 12, 31);

    /** The 1998 rule set's start: Release 34-40018 (1998); earlier meetings are out of scope. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(1998, 6, 29);

    /** 14a-8(b)(1) (1998): at least $2,000 in market value ... */
    public static final Money MIN_VALUE = Money.usd("2000");

    /** 14a-8(b)(1) (1998): ... or 1% of the securities entitled to vote ... */
    public static final Percentage MIN_PERCENT = Percentage.of("1");

    /** 14a-8(b)(1) (1998): ... held continuously for at least one year by the submission date. */
    public static final int MIN_YEARS = 1;

    /** 14a-8(i)(12)(i) (1998): below 3% if proposed once within the preceding 5 calendar years. */
    public static final Percentage RESUBMISSION_ONCE = Percentage.of("3");

    /** 14a-8(i)(12)(ii) (1998): below 6% if proposed twice. */
    public static final Percentage RESUBMISSION_TWICE = Percentage.of("6");

    /** 14a-8(i)(12)(iii) (1998): below 10% if proposed three times or more. */
    public static final Percentage RESUBMISSION_THREE_OR_MORE = Percentage.of("10");

    private static final RuleSetRef REF = new RuleSetRef("US-14a-8-1998", "Rule 14a-8 as in force 1998-2021");

    @Override
    public RuleSetRef ref() {
        return REF;
    }

    @Override
    public EffectivePeriod effective() {
        return new EffectivePeriod(EFFECTIVE_FROM, EFFECTIVE_UNTIL);
    }

    @Override
    public String source() {
        return "17 CFR 240.14a-8 as adopted by SEC Release 34-40018 (1998), before Release 34-89964";
    }

    @Override
    public boolean aggregationAllowed() {
        // The fact sheet bars aggregation for the 2020 rule set only; Release 34-89964 ended the staff's practice,
        // under the 1998 text, of letting co-proponents combine holdings to reach $2,000 or 1%.
        return true;
    }

    @Override
    protected String eligibilityCitation() {
        return CFR + "(b)(1) (1998 text)";
    }

    @Override
    protected ThresholdTest testThresholds(EligibilityQuery query, List<Holding> held) {
        LocalDate submitted = query.submissionDate();
        Counted counted = Counted.of(held, MIN_YEARS, submitted);
        BigDecimal outstanding = query.votingSharesOutstanding();
        Percentage share = counted.shareOfVotes(outstanding);
        String holders = counted.holders() > 1 ? " by " + counted.holders() + " holders combined" : "";
        if (counted.value().isAtLeast(MIN_VALUE)) {
            return ThresholdTest.met(
                    "$2,000 / 1 year threshold",
                    counted.value() + " held continuously since " + counted.heldSince() + holders,
                    counted.figures(submitted, share, true));
        }
        if (share != null && MIN_PERCENT.isReachedBy(counted.shares(), outstanding)) {
            return ThresholdTest.met(
                    "1% / 1 year threshold",
                    counted.shares().toPlainString() + " shares (" + share + " of the voting securities) held"
                            + " continuously since " + counted.heldSince() + holders,
                    counted.figures(submitted, share, true));
        }
        List<MissingItem> missing = new ArrayList<>();
        if (counted.valueMissing()) {
            missing.add(marketValueMissing());
        }
        if (outstanding == null) {
            missing.add(new MissingItem(
                    MissingCode.VOTING_SHARES_OUTSTANDING,
                    "the number of voting securities outstanding, to test the " + MIN_PERCENT + " limb"));
        }
        return ThresholdTest.notMet(
                counted.value() + (share == null ? "" : " and " + share + " of the voting securities")
                        + " held for at least " + MIN_YEARS + " year through " + submitted + " (needs "
                        + MIN_VALUE + " or " + MIN_PERCENT + ")",
                counted.figures(submitted, share, true),
                missing);
    }

    @Override
    public ClockVerdict engagementWindow(LocalDate submissionDate) {
        Checks.notNull(submissionDate, "submissionDate");
        return new ClockVerdict(
                REF,
                "ENGAGEMENT",
                submissionDate,
                null,
                null,
                CFR + "(b) (1998 text)",
                "The 1998 rule set asks for no statement of engagement availability; it came with the 2020"
                        + " amendments (meetings from " + Rule14a8As2020.EFFECTIVE_FROM + ").");
    }

    @Override
    public Percentage resubmissionThreshold(int timesVoted) {
        return byTimesVoted(timesVoted, RESUBMISSION_ONCE, RESUBMISSION_TWICE, RESUBMISSION_THREE_OR_MORE);
    }

    @Override
    protected Set<String> personsSubmitting(Filing filing) {
        // 14a-8(c) (1998): "each shareholder" may submit one proposal, itself or through a representative; acting as
        // a representative for someone else is not limited.
        return Set.of(filing.shareholderId());
    }

    @Override
    protected String onePerMeetingCitation() {
        return CFR + "(c) (1998 text)";
    }
}
