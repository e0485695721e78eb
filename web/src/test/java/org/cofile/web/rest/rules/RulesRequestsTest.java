package org.cofile.web.rest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.rules.DeadlineKind;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MeetingKind;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** The request DTOs into domain queries, the verdicts into answers, and every bad input named by its field. */
class RulesRequestsTest {

    private static final FilingRules RULES = new FilingRules();

    private static EligibilityRequest eligibility(List<HoldingRequest> holdings) {
        return new EligibilityRequest(
                "us", "2025-05-20", "2024-11-15", "true", "true", "true", null, null, null, null, null, holdings);
    }

    private static HoldingRequest lot(String shares, String heldSince, String price) {
        return new HoldingRequest(null, shares, heldSince, price, null, null);
    }

    private static InvalidInputException invalid(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void anEligibilityRequestBecomesAQueryInTheJurisdictionsCurrency() {
        var query = eligibility(List.of(lot("100", "2021-03-01", "21.50"))).toQuery();

        assertThat(query.jurisdiction()).isEqualTo(Jurisdiction.US);
        assertThat(query.meetingDate()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(query.holdings().get(0).holderId()).isEqualTo("proponent");
        assertThat(query.holdings().get(0).highestPriceInWindow()).isEqualTo(Money.usd("21.50"));
        assertThat(query.documents().engagementAvailabilityStated()).isTrue();
    }

    @Test
    void anEligibleVerdictShowsTierFiguresAndMoneyAsDecimalStrings() {
        // 14a-8(b)(1)(i)(A) as amended in 2020: $2,150 held since 2021-03-01 meets the $2,000 / 3 years tier.
        var view = EligibilityView.of(RULES.eligibility(
                eligibility(List.of(lot("100", "2021-03-01", "21.50"))).toQuery()));

        assertThat(view.eligible()).isTrue();
        assertThat(view.status()).isEqualTo("ELIGIBLE");
        assertThat(view.ruleSet()).isEqualTo("US-14a-8-2020");
        assertThat(view.tier()).isEqualTo("$2,000 / 3 years tier");
        assertThat(view.missing()).isEmpty();
        assertThat(view.figures().value()).isEqualTo("2150.00");
        assertThat(view.figures().currency()).isEqualTo("USD");
        assertThat(view.figures().shares()).isEqualTo("100");
        assertThat(view.figures().heldSince()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void missingDocumentsComeWithTheirCodes() {
        var request = new EligibilityRequest(
                "US",
                "2025-05-20",
                "2024-11-15",
                "true",
                "false",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(lot("100", "2021-03-01", "21.50")));

        var view = EligibilityView.of(RULES.eligibility(request.toQuery()));

        assertThat(view.eligible()).isFalse();
        assertThat(view.missing())
                .extracting(EligibilityView.Missing::code)
                .containsExactly("PROOF_OF_OWNERSHIP", "ENGAGEMENT_AVAILABILITY");
    }

    @Test
    void everyBadFieldOfAnEligibilityRequestIsNamedAtOnce() {
        var request = new EligibilityRequest(
                "XX",
                "2025-02-30",
                null,
                "maybe",
                null,
                null,
                null,
                null,
                "dollars",
                null,
                null,
                List.of(lot("-5", "yesterday", "abc"), lot("1.5e2", "2021-03-01", null)));

        var errors = invalid(request::toQuery).fieldErrors();

        assertThat(errors)
                .containsOnlyKeys(
                        "jurisdiction",
                        "meetingDate",
                        "submissionDate",
                        "intendsToHold",
                        "proofOfOwnership",
                        "currency",
                        "holdings[0].shares",
                        "holdings[0].heldSince",
                        "holdings[0].highestPrice");
        assertThat(errors.get("jurisdiction")).contains("'XX' is not a known jurisdiction");
        assertThat(errors.get("meetingDate")).isEqualTo("must be a real calendar date YYYY-MM-DD (was '2025-02-30')");
        assertThat(errors.get("holdings[0].shares")).isEqualTo("must not be negative (was -5)");
        assertThat(errors.get("intendsToHold")).isEqualTo("must be true or false (was 'maybe')");
    }

    @Test
    void aBadCurrencyIsNamedWhenTheJurisdictionIsKnown() {
        var request = new EligibilityRequest(
                "US",
                "2025-05-20",
                "2024-11-15",
                "true",
                "true",
                "true",
                null,
                null,
                "dollars",
                null,
                null,
                List.of(lot("100", "2021-03-01", "21.50")));

        assertThat(invalid(request::toQuery).fieldErrors()).containsOnlyKeys("currency");
    }

    @Test
    void noHoldingsIsRefused() {
        assertThat(invalid(() -> eligibility(List.of()).toQuery()).fieldErrors())
                .containsOnlyKeys("holdings");
        assertThat(invalid(() -> eligibility(null).toQuery()).fieldErrors()).containsOnlyKeys("holdings");
    }

    @Test
    void theDomainsFieldNamesAreRenamedToTheApis() {
        assertThat(RequestFields.apiName("holdings[2].highestPriceInWindow")).isEqualTo("holdings[2].highestPrice");
        assertThat(RequestFields.apiName("previousProxyReleaseDate")).isEqualTo("priorProxyReleaseDate");
        assertThat(RequestFields.apiName("votesFor")).isEqualTo("for");
        assertThat(RequestFields.apiName("meetingDate")).isEqualTo("meetingDate");
    }

    @Test
    void aPriceInAnotherCurrencyThanUsdIsRefusedOnTheApisFieldName() {
        var request = new EligibilityRequest(
                "US",
                "2025-05-20",
                "2024-11-15",
                "true",
                "true",
                "true",
                null,
                null,
                "EUR",
                null,
                null,
                List.of(lot("100", "2021-03-01", "21.50")));
        var query = request.toQuery();

        assertThatThrownBy(() -> RequestFields.translated(() -> RULES.eligibility(query)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("holdings[0].highestPrice");
                    assertThat(e.reason()).contains("must be in USD");
                });
    }

    @Test
    void aDeadlineRequestDefaultsToAnAnnualMeetingAndAProposal() {
        var query =
                new DeadlineRequest("US", "2002-05-20", "2001-05-21", "2001-04-14", null, null, null, null).toQuery();

        assertThat(query.meetingKind()).isEqualTo(MeetingKind.ANNUAL);
        assertThat(query.textKind()).isEqualTo(TextKind.PROPOSAL);
        assertThat(query.previousProxyReleaseDate()).isEqualTo(LocalDate.of(2001, 4, 14));
    }

    @Test
    void theDeadlineOfTheRulesOwnExampleIs2001December15() {
        // 14a-8(e)(2): last year's proxy released 2001-04-14, so proposals are due 120 days before 2002-04-14.
        var view = DeadlineView.of(RULES.submissionDeadline(
                new DeadlineRequest("US", "2002-05-20", "2001-05-21", "2001-04-14", null, null, null, null).toQuery()));

        assertThat(view.submissionDeadline()).isEqualTo(LocalDate.of(2001, 12, 15));
        assertThat(view.kind()).isEqualTo(DeadlineKind.FIXED.name());
        assertThat(view.citation()).isEqualTo("17 CFR 240.14a-8(e)(2)");
    }

    @Test
    void aMissingProxyReleaseDateIsNamedAsTheApiCallsIt() {
        var query = new DeadlineRequest("US", "2002-05-20", "2001-05-21", null, null, null, null, null).toQuery();

        assertThatThrownBy(() -> RequestFields.translated(() -> RULES.submissionDeadline(query)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("priorProxyReleaseDate"));
    }

    @Test
    void anUnknownKindIsRefused() {
        var errors = invalid(() ->
                        new DeadlineRequest("US", "2002-05-20", null, null, null, null, "yearly", "poem").toQuery())
                .fieldErrors();

        assertThat(errors).containsOnlyKeys("meetingKind", "kind");
        assertThat(errors.get("kind")).contains("PROPOSAL, STATEMENT, AGM_MATTER");
    }

    @Test
    void voteCountsMustBeWholeAndNotNegative() {
        var errors = invalid(() -> new VoteResultRequest("1.5", "-3", "many", null).toCounts())
                .fieldErrors();

        assertThat(errors)
                .containsEntry("for", "must be a whole number (was '1.5')")
                .containsEntry("against", "must not be negative (was -3)")
                .containsEntry("abstain", "must be a whole number (was 'many')")
                .containsEntry("brokerNonVotes", "must be given as a whole number");
    }

    @Test
    void voteSupportIsShownWithTwoDecimals() {
        // SEC formula 14a-8(i)(12): 4000 / (4000 + 2500) = 61.54%; company: 4000 / 7000 = 57.14%.
        var view = VoteResultView.of(RULES.voteResult(new VoteResultRequest("4000", "2500", "500", "1000").toCounts()));

        assertThat(view.secSupportPercent()).isEqualByComparingTo("61.54");
        assertThat(view.companySupportPercent()).isEqualByComparingTo("57.14");
    }

    @Test
    void supportIsNullWhenNothingWasCast() {
        var view = VoteResultView.of(RULES.voteResult(new VoteResultRequest("0", "0", "0", "7").toCounts()));

        assertThat(view.secSupportPercent()).isNull();
        assertThat(view.companySupportPercent()).isNull();
    }

    @Test
    void countsOfMoreThanFifteenDigitsAreRefusedSoNoSumCanOverflow() {
        var max = String.valueOf(Long.MAX_VALUE);

        assertThat(invalid(() -> new VoteResultRequest(max, max, "999999999999999", "0").toCounts())
                        .fieldErrors())
                .containsOnlyKeys("for", "against")
                .containsEntry("for", "must have at most 15 digits");
    }

    @Test
    void aResubmissionBelowFivePercentAfterOneVoteIsExcludable() {
        // 14a-8(i)(12)(i) as amended in 2020: 4% after one vote in the preceding 5 calendar years is below 5%.
        var request = new ResubmissionRequest(
                "US", "2025-05-20", List.of(new PriorVoteRequest("2024-05-20", "400", "9600", "100", "50")));

        var view = ResubmissionView.of(RULES.resubmission(request.toQuery()));

        assertThat(view.excludable()).isTrue();
        assertThat(view.threshold()).isEqualTo(new BigDecimal("5.00"));
        assertThat(view.timesVoted()).isEqualTo(1);
        assertThat(view.lastSupportPercent()).isEqualTo(new BigDecimal("4.00"));
        assertThat(view.excludableUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aResubmissionOutsideTheUsIsRefusedAndPriorVotesAreNamedByIndex() {
        var request = new ResubmissionRequest(
                "UK",
                "2025-05-20",
                List.of(
                        new PriorVoteRequest("2024-05-20", "400", "9600", "100", "50"),
                        new PriorVoteRequest("May 2023", "x", "1", "1", "1")));

        assertThat(invalid(request::toQuery).fieldErrors())
                .containsOnlyKeys("jurisdiction", "priorVotes[1].meetingDate", "priorVotes[1].for");
    }

    @Test
    void wordCountDefaultsToAProposal() {
        var in = new WordCountRequest("US", null, null, "Shareholders request a report.").parse();
        var view = WordCountView.of(RULES.wordCount(in.jurisdiction(), in.kind(), in.text()));

        assertThat(view.words()).isEqualTo(4);
        assertThat(view.limit()).isEqualTo(500);
        assertThat(view.withinLimit()).isTrue();
        assertThat(view.over()).isZero();
    }

    @Test
    void noActionTimingNeedsBothDates() {
        assertThat(invalid(() -> new NoActionTimingRequest("2025-01-10", "soon").toDates())
                        .fieldErrors())
                .containsOnlyKeys("definitiveProxyDate");
    }

    @Test
    void anAbsentBodyIsRefused() {
        assertThat(invalid(() -> RequestFields.body(null)).fieldErrors()).containsOnlyKeys("body");
    }

    @Test
    void percentagesKeepAtLeastTwoDecimals() {
        assertThat(Decimals.percent(new BigDecimal("5")).toPlainString()).isEqualTo("5.00");
        assertThat(Decimals.percent(new BigDecimal("4.9960")).toPlainString()).isEqualTo("4.9960");
    }
}
