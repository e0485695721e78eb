package org.cofile.domain.cofiling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityStatus;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.rules.MissingItem;
import org.cofile.domain.rules.us.Rule14a8;
import org.cofile.domain.rules.us.Rule14a8As2020;
import org.cofile.domain.shared.Message;

/**
 * Whether a proponent is ready to file: the engine's eligibility verdict on its own holding and documents, and the
 * checks that companies' deficiency letters most often cite, made before filing: a custodian with no DTC participant
 * number, a proof letter that stops short of the submission date, no offered day inside the engagement window, no
 * contact.
 *
 * @param eligibility the engine's verdict, {@code null} while no holding is recorded
 * @param missing everything still needed, the engine's items first
 * @param explanation what the member reads, as a message in any language
 */
public record CoFilerReadiness(
        CoFiler coFiler,
        EligibilityVerdict eligibility,
        EligibilityStatus status,
        List<MissingItem> missing,
        Message explanation) {

    public CoFilerReadiness {
        missing = List.copyOf(missing);
    }

    /** Checked against the rules in force for the meeting, as of {@code submissionDate}. */
    public static CoFilerReadiness of(
            CoFiler coFiler,
            Jurisdiction jurisdiction,
            LocalDate meetingDate,
            LocalDate submissionDate,
            FilingRules rules) {
        boolean us = jurisdiction.equals(Jurisdiction.US);
        var extra = new ArrayList<MissingItem>();
        if (us && coFiler.hasHolding() && coFiler.getDtcParticipant() == null) {
            extra.add(MissingItem.of(
                    MissingCode.DTC_PARTICIPANT,
                    "the custodian's DTC participant number: the proof must come from the record holder, a DTC"
                            + " participant or its affiliate (SLB 14F, 14G)"));
        }
        if (us && coFiler.isProofOnFile()) {
            var through = coFiler.getProofCoversThrough();
            if (through == null || through.isBefore(submissionDate)) {
                String stops = through == null ? "—" : through.toString();
                extra.add(MissingItem.of(
                        MissingCode.OWNERSHIP_PERIOD_SHORT,
                        "a proof letter that covers the holding through the submission date " + submissionDate
                                + "; the letter on file stops on " + stops + " (SLB 14F)",
                        submissionDate,
                        stops));
            }
        }
        if (us && !coFiler.getAvailability().isEmpty()) {
            var window = rules.engagementWindow(meetingDate, submissionDate);
            if (window.applies()
                    && coFiler.getAvailability().stream()
                            .noneMatch(day -> !day.getDate().isBefore(window.opens())
                                    && !day.getDate().isAfter(window.closes()))) {
                extra.add(MissingItem.of(
                        MissingCode.AVAILABILITY_WINDOW,
                        "availability on at least one business day between " + window.opens() + " and "
                                + window.closes() + " (14a-8(b)(1)(iii))",
                        window.opens(),
                        window.closes(),
                        Rule14a8As2020.ENGAGEMENT_MIN_DAYS,
                        Rule14a8As2020.ENGAGEMENT_MAX_DAYS,
                        submissionDate));
            }
            if (coFiler.getContact() == null) {
                extra.add(MissingItem.of(
                        MissingCode.AVAILABILITY_CONTACT,
                        "contact details for the meeting with the company (14a-8(b)(1)(iii))"));
            }
        }
        if (!coFiler.hasHolding()) {
            var missing = new ArrayList<MissingItem>();
            missing.add(MissingItem.of(
                    MissingCode.HOLDING,
                    "the holding: shares, the date held since, and the highest price in the "
                            + Rule14a8.VALUATION_WINDOW_DAYS + " days before submission or the value",
                    Rule14a8.VALUATION_WINDOW_DAYS));
            missing.addAll(extra);
            return new CoFilerReadiness(
                    coFiler,
                    null,
                    EligibilityStatus.CANNOT_DETERMINE,
                    missing,
                    Message.of("cofiler.noHolding", messages(missing)));
        }
        var verdict = rules.eligibility(EligibilityQuery.of(
                jurisdiction,
                meetingDate,
                submissionDate,
                List.of(coFiler.holding(jurisdiction.currency())),
                coFiler.documents()));
        var missing = new ArrayList<>(verdict.missing());
        missing.addAll(extra);
        var status = verdict.status() == EligibilityStatus.ELIGIBLE && !extra.isEmpty()
                ? EligibilityStatus.THRESHOLD_MET_ITEMS_MISSING
                : verdict.status();
        var explanation = extra.isEmpty() || verdict.status() == EligibilityStatus.NOT_ELIGIBLE
                ? verdict.explanationMessage()
                : Message.of("cofiler.stillNeeded", verdict.explanationMessage(), messages(extra));
        return new CoFilerReadiness(coFiler, verdict, status, missing, explanation);
    }

    private static List<Message> messages(List<MissingItem> items) {
        return items.stream().map(MissingItem::message).toList();
    }

    /** Eligible, and nothing missing: it may file. */
    public boolean verified() {
        return status == EligibilityStatus.ELIGIBLE;
    }

    public String explanationIn(Locale locale) {
        return explanation.format(locale);
    }
}
