package org.cofile.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cofile.domain.shared.Message;

/** Turns a threshold test and the missing documents into a verdict with one explanation, the same way everywhere. */
public final class EligibilityVerdicts {

    private EligibilityVerdicts() {}

    public static EligibilityVerdict assemble(
            RuleSetRef ruleSet, ThresholdTest test, List<MissingItem> documentsMissing, String citation) {
        List<MissingItem> missing = new ArrayList<>(test.dataMissing());
        missing.addAll(documentsMissing);
        EligibilityStatus status;
        String explanation;
        if (test.met() && documentsMissing.isEmpty()) {
            status = EligibilityStatus.ELIGIBLE;
            explanation = "Eligible under the " + test.thresholdLabel() + ": " + test.summary() + ".";
        } else if (test.met()) {
            status = EligibilityStatus.THRESHOLD_MET_ITEMS_MISSING;
            explanation = "Meets the " + test.thresholdLabel() + " (" + test.summary()
                    + ") but is not eligible until these are on file: " + texts(documentsMissing) + ".";
        } else if (!test.dataMissing().isEmpty()) {
            status = EligibilityStatus.CANNOT_DETERMINE;
            explanation = "Cannot tell yet: " + test.summary() + ". Needed: " + texts(missing) + ".";
        } else {
            status = EligibilityStatus.NOT_ELIGIBLE;
            explanation = "Not eligible: " + test.summary() + ".";
        }
        return new EligibilityVerdict(
                ruleSet,
                status,
                test.thresholdLabel(),
                test.figures(),
                missing,
                citation,
                explanation,
                test.isWorded() ? worded(status, test, documentsMissing, missing) : Message.text(explanation));
    }

    /** The explanation above as a message: {@code EligibilityStatus.<status>.explanation} with the test's words. */
    private static Message worded(
            EligibilityStatus status, ThresholdTest test, List<MissingItem> documentsMissing, List<MissingItem> all) {
        String key = "EligibilityStatus." + status.name() + ".explanation";
        return switch (status) {
            case ELIGIBLE -> Message.of(key, test.labelMessage(), test.summaryMessage());
            case THRESHOLD_MET_ITEMS_MISSING ->
                Message.of(key, test.labelMessage(), test.summaryMessage(), messages(documentsMissing));
            case CANNOT_DETERMINE -> Message.of(key, test.summaryMessage(), messages(all));
            case NOT_ELIGIBLE -> Message.of(key, test.summaryMessage());
        };
    }

    private static List<Message> messages(List<MissingItem> items) {
        return items.stream().map(MissingItem::message).toList();
    }

    /** Holdings of several holders where the rule set does not let them be combined. */
    public static EligibilityVerdict aggregationNotAllowed(
            RuleSetRef ruleSet, EligibilityQuery query, String citation, String rule) {
        int holders = query.holdersCounted();
        EligibilityFigures figures =
                new EligibilityFigures(query.totalShares(), null, null, null, null, holders, null, false, false);
        return new EligibilityVerdict(
                ruleSet,
                EligibilityStatus.NOT_ELIGIBLE,
                null,
                figures,
                List.of(),
                citation,
                "Not eligible as a group: the holdings of " + holders + " holders may not be combined (" + rule
                        + "); each co-filer must qualify on its own.",
                Message.of("eligibility.aggregationNotAllowed", holders, rule));
    }

    private static String texts(List<MissingItem> items) {
        return items.stream().map(MissingItem::text).collect(Collectors.joining("; "));
    }
}
