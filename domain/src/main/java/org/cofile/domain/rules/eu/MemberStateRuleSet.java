package org.cofile.domain.rules.eu;

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
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/**
 * The agenda-item threshold of one EU member state, from its {@link MemberStateThreshold} data. Share capital is
 * measured by shares: {@code shares / votingSharesOutstanding}, which assumes one class of shares of equal nominal
 * value.
 */
public final class MemberStateRuleSet implements RuleSet {

    /** Directive 2007/36/EC Art. 15: member states transpose by 2009-08-03 (national dates differ; verify). */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2009, 8, 3);

    private final MemberStateThreshold threshold;
    private final RuleSetRef ref;
    private final Jurisdiction jurisdiction;

    public MemberStateRuleSet(MemberStateThreshold threshold) {
        this.threshold = Checks.notNull(threshold, "threshold");
        this.jurisdiction = Jurisdiction.euMemberState(threshold.memberState());
        this.ref = new RuleSetRef("EU-" + threshold.memberState() + "-SRD", threshold.source());
    }

    public MemberStateThreshold threshold() {
        return threshold;
    }

    @Override
    public RuleSetRef ref() {
        return ref;
    }

    @Override
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    @Override
    public EffectivePeriod effective() {
        return EffectivePeriod.from(EFFECTIVE_FROM);
    }

    @Override
    public String source() {
        return threshold.source() + ", under Directive 2007/36/EC Art. 6";
    }

    @Override
    public EligibilityVerdict eligibility(EligibilityQuery query) {
        String citation = threshold.source() + "; Directive 2007/36/EC Art. 6(2)"
                + (threshold.note().isBlank() ? "" : ". Note: " + threshold.note());
        if (query.holdersCounted() > 1 && !threshold.aggregationAllowed()) {
            return EligibilityVerdicts.aggregationNotAllowed(ref, query, citation, threshold.source());
        }
        HeldLots lots = HeldLots.of(query, h -> true);
        BigDecimal outstanding = query.votingSharesOutstanding();
        Percentage share = lots.shareOfVotes(outstanding);
        Money nominalPerShare = query.nominalValuePerShare();
        Money nominalHeld = null;
        if (threshold.nominalAmount() != null && nominalPerShare != null) {
            if (!nominalPerShare.currency().equals(threshold.nominalAmount().currency())) {
                throw new InvalidInputException(
                        "nominalValuePerShare",
                        "must be in " + threshold.nominalAmount().currency() + " (was " + nominalPerShare.currency()
                                + ")");
            }
            nominalHeld = nominalPerShare.times(lots.shares());
        }
        int holders = lots.holders();
        EligibilityFigures figures =
                lots.figures(query.submissionDate(), nominalHeld, share, null, threshold.aggregationAllowed());
        String who = holders == 1 ? "1 shareholder holds " : holders + " shareholders together hold ";
        ThresholdTest test;
        if (share != null && threshold.capitalPercent().isReachedBy(lots.shares(), outstanding)) {
            test = ThresholdTest.met(
                    threshold.capitalPercent() + " of share capital threshold",
                    who + share + " of the share capital",
                    figures);
        } else if (nominalHeld != null && nominalHeld.isAtLeast(threshold.nominalAmount())) {
            test = ThresholdTest.met(
                    threshold.nominalAmount() + " nominal threshold",
                    who + nominalHeld + " in nominal capital",
                    figures);
        } else {
            List<MissingItem> missing = new ArrayList<>();
            if (outstanding == null) {
                missing.add(new MissingItem(
                        MissingCode.VOTING_SHARES_OUTSTANDING,
                        "the number of shares issued, to test the " + threshold.capitalPercent() + " threshold"));
            }
            if (threshold.nominalAmount() != null && nominalPerShare == null) {
                missing.add(new MissingItem(
                        MissingCode.NOMINAL_VALUE,
                        "the nominal value per share, to test the " + threshold.nominalAmount() + " threshold"));
            }
            test = ThresholdTest.notMet(
                    who + (share == null ? "an unknown share" : share) + " of the share capital (needs "
                            + threshold.capitalPercent()
                            + (threshold.nominalAmount() == null
                                    ? ""
                                    : " or " + threshold.nominalAmount() + " nominal"
                                            + (nominalHeld == null ? "" : ", holds " + nominalHeld))
                            + ")",
                    figures,
                    missing);
        }
        return EligibilityVerdicts.assemble(ref, test, List.of(), citation);
    }

    @Override
    public DeadlineVerdict submissionDeadline(DeadlineQuery query) {
        return new DeadlineVerdict(
                ref,
                DeadlineKind.NOT_ENCODED,
                null,
                null,
                "no national deadline stored",
                threshold.source(),
                "Only the threshold of " + threshold.source()
                        + " is stored; check the national deadline for requests before the meeting.");
    }

    @Override
    public Optional<WordLimit> wordLimit(TextKind textKind) {
        return Optional.empty();
    }
}
