package org.cofile.domain.rules.us;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EffectivePeriod;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.Filing;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.rules.MissingItem;
import org.cofile.domain.rules.RuleSetRef;
import org.cofile.domain.rules.ThresholdTest;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.Message;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/** Rule 14a-8 as amended by SEC Release 34-89964 (adopted 2020-09-23), for meetings on or after 2022-01-01. */
public final class Rule14a8As2020 extends Rule14a8 {

    /** Release 34-89964: the amendments govern meetings held on or after 2022-01-01. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2022, 1, 1);

    /** 14a-8(b)(1)(i)(A): at least $2,000 held for at least 3 years. */
    public static final Money TIER_1_VALUE = Money.usd("2000");

    /** 14a-8(b)(1)(i)(A): held for at least 3 years. */
    public static final int TIER_1_YEARS = 3;

    /** 14a-8(b)(1)(i)(B): at least $15,000 held for at least 2 years. */
    public static final Money TIER_2_VALUE = Money.usd("15000");

    /** 14a-8(b)(1)(i)(B): held for at least 2 years. */
    public static final int TIER_2_YEARS = 2;

    /** 14a-8(b)(1)(i)(C): at least $25,000 held for at least 1 year. */
    public static final Money TIER_3_VALUE = Money.usd("25000");

    /** 14a-8(b)(1)(i)(C): held for at least 1 year. */
    public static final int TIER_3_YEARS = 1;

    /** 14a-8(b)(1)(iii): available to meet no less than 10 calendar days after submission. */
    public static final int ENGAGEMENT_MIN_DAYS = 10;

    /** 14a-8(b)(1)(iii): and no more than 30 calendar days after submission. */
    public static final int ENGAGEMENT_MAX_DAYS = 30;

    /** 14a-8(i)(12)(i): below 5% after one vote in the preceding 5 calendar years. */
    public static final Percentage RESUBMISSION_ONCE = Percentage.of("5");

    /** 14a-8(i)(12)(ii): below 15% after two votes. */
    public static final Percentage RESUBMISSION_TWICE = Percentage.of("15");

    /** 14a-8(i)(12)(iii): below 25% after three or more votes. */
    public static final Percentage RESUBMISSION_THREE_OR_MORE = Percentage.of("25");

    private record Tier(Money value, int years) {
        String label() {
            return String.format(Locale.ROOT, "$%,d / ", value.amount().intValueExact()) + years
                    + (years == 1 ? " year" : " years") + " tier";
        }

        Message message() {
            return Message.of(
                    "eligibility.tier",
                    String.format(Locale.ROOT, "$%,d", value.amount().intValueExact()),
                    years);
        }
    }

    private static final List<Tier> TIERS = List.of(
            new Tier(TIER_1_VALUE, TIER_1_YEARS),
            new Tier(TIER_2_VALUE, TIER_2_YEARS),
            new Tier(TIER_3_VALUE, TIER_3_YEARS));

    private static final RuleSetRef REF = new RuleSetRef("US-14a-8-2020", "Rule 14a-8 as amended in 2020");

    @Override
    public RuleSetRef ref() {
        return REF;
    }

    @Override
    public EffectivePeriod effective() {
        return EffectivePeriod.from(EFFECTIVE_FROM);
    }

    @Override
    public String source() {
        return "17 CFR 240.14a-8 as amended by SEC Release 34-89964 (adopted 2020-09-23)";
    }

    @Override
    public boolean aggregationAllowed() {
        // 14a-8(b)(1)(vi) as amended: holdings of different shareholders may not be combined to meet a tier.
        return false;
    }

    @Override
    protected String eligibilityCitation() {
        return CFR + "(b)(1)(i) (as amended by Release 34-89964)";
    }

    @Override
    protected ThresholdTest testThresholds(EligibilityQuery query, List<Holding> held) {
        LocalDate submitted = query.submissionDate();
        List<String> shortfalls = new ArrayList<>();
        List<Message> shortfallWords = new ArrayList<>();
        boolean valueMissing = false;
        for (Tier tier : TIERS) {
            Counted counted = Counted.of(held, tier.years(), submitted);
            if (counted.value().isAtLeast(tier.value())) {
                return ThresholdTest.met(
                                tier.label(),
                                counted.value() + " held continuously since " + counted.heldSince(),
                                counted.figures(submitted, null, false))
                        .worded(
                                tier.message(),
                                Message.of("eligibility.heldSince", counted.value(), counted.heldSince()));
            }
            valueMissing |= counted.valueMissing();
            shortfalls.add(counted.value() + " held for at least " + tier.years()
                    + (tier.years() == 1 ? " year" : " years") + " (needs " + tier.value() + ")");
            shortfallWords.add(Message.of("eligibility.shortfall", counted.value(), tier.years(), tier.value()));
        }
        Counted all = Counted.of(held, 0, submitted);
        return ThresholdTest.notMet(
                        "no tier is met through " + submitted + ": " + String.join("; ", shortfalls),
                        all.figures(submitted, null, false),
                        valueMissing ? List.of(marketValueMissing()) : List.of())
                .worded(null, Message.of("eligibility.noTierMet", submitted, shortfallWords));
    }

    @Override
    protected List<MissingItem> documentsMissing(Documents documents) {
        List<MissingItem> missing = new ArrayList<>(super.documentsMissing(documents));
        if (!documents.engagementAvailabilityStated()) {
            missing.add(MissingItem.of(
                    MissingCode.ENGAGEMENT_AVAILABILITY,
                    "a statement that the proponent can meet the company in person or by phone between "
                            + ENGAGEMENT_MIN_DAYS + " and " + ENGAGEMENT_MAX_DAYS
                            + " calendar days after submission, with contact details and business days and times"
                            + " (14a-8(b)(1)(iii))",
                    ENGAGEMENT_MIN_DAYS,
                    ENGAGEMENT_MAX_DAYS));
        }
        if (documents.representative() != null && !documents.representative().writtenAuthorizationOnFile()) {
            missing.add(MissingItem.of(
                    MissingCode.REPRESENTATIVE_AUTHORIZATION,
                    "the shareholder's signed and dated written authorization of "
                            + documents.representative().name()
                            + " naming the company, the meeting, the proposal and the representative"
                            + " (14a-8(b)(1)(iv))",
                    documents.representative().name()));
        }
        return missing;
    }

    @Override
    public ClockVerdict engagementWindow(LocalDate submissionDate) {
        Checks.notNull(submissionDate, "submissionDate");
        LocalDate opens = submissionDate.plusDays(ENGAGEMENT_MIN_DAYS);
        LocalDate closes = submissionDate.plusDays(ENGAGEMENT_MAX_DAYS);
        return new ClockVerdict(
                REF,
                "ENGAGEMENT",
                submissionDate,
                opens,
                closes,
                CFR + "(b)(1)(iii)",
                "The proponent must offer to meet the company on business days between " + opens + " and " + closes
                        + ", no less than " + ENGAGEMENT_MIN_DAYS + " and no more than " + ENGAGEMENT_MAX_DAYS
                        + " calendar days after submitting on " + submissionDate + ".");
    }

    @Override
    public Percentage resubmissionThreshold(int timesVoted) {
        return byTimesVoted(timesVoted, RESUBMISSION_ONCE, RESUBMISSION_TWICE, RESUBMISSION_THREE_OR_MORE);
    }

    @Override
    protected Set<String> personsSubmitting(Filing filing) {
        // 14a-8(c) as amended: "each person", directly or indirectly, so a shareholder may not file one proposal and
        // represent another shareholder on a second, and a representative may not carry two.
        Set<String> persons = new LinkedHashSet<>();
        persons.add(filing.shareholderId());
        if (filing.representativeId() != null) {
            persons.add(filing.representativeId());
        }
        return persons;
    }

    @Override
    protected String onePerMeetingCitation() {
        return CFR + "(c) (as amended by Release 34-89964)";
    }
}
