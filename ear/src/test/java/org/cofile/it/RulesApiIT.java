package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public rules API over HTTP against the shipped EAR: no token, real answers, and 400s naming the field. */
@ExtendWith(ArquillianExtension.class)
class RulesApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive d() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Answer(int status, String contentType, JsonObject body) {}

    private Answer post(String path, String json) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/rules/" + path))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var type = response.headers().firstValue("Content-Type").orElse("");
        JsonObject body = response.body().isBlank()
                ? null
                : Json.createReader(new StringReader(response.body())).readObject();
        return new Answer(response.statusCode(), type, body);
    }

    /** Single quotes in the test JSON keep it readable; no value here contains one. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static void assertProblemNaming(Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.body().getInt("status")).isEqualTo(400);
        assertThat(answer.body().getJsonObject("errors")).containsKey(field);
        assertThat(answer.body().getJsonObject("errors").getString(field)).isNotBlank();
    }

    // --- real answers ---

    @Test
    void aHolderOf2150DollarsForThreeYearsIsEligible() throws Exception {
        // 14a-8(b)(1)(i)(A) as amended in 2020: at least $2,000 held for at least 3 years.
        var answer = post(
                "eligibility",
                json("{'jurisdiction':'US','meetingDate':'2025-05-20',"
                        + "'submissionDate':'2024-11-15','intendsToHold':true,'proofOfOwnership':true,"
                        + "'engagementAvailability':true,"
                        + "'holdings':[{'shares':100,'heldSince':'2021-03-01','highestPrice':'21.50'}]}"));

        assertThat(answer.status()).isEqualTo(200);
        var v = answer.body();
        assertThat(v.getBoolean("eligible")).isTrue();
        assertThat(v.getString("ruleSet")).isEqualTo("US-14a-8-2020");
        assertThat(v.getString("tier")).isEqualTo("$2,000 / 3 years tier");
        assertThat(v.getString("citation")).startsWith("17 CFR 240.14a-8(b)(1)(i)");
        assertThat(v.getString("explanation")).contains("since 2021-03-01");
        assertThat(v.getJsonArray("missing")).isEmpty();
        assertThat(v.getJsonObject("figures").getString("value")).isEqualTo("2150.00");
    }

    @Test
    void missingProofOfOwnershipIsListedWithItsCode() throws Exception {
        var answer = post(
                "eligibility",
                json("{'jurisdiction':'US','meetingDate':'2025-05-20',"
                        + "'submissionDate':'2024-11-15','intendsToHold':true,'proofOfOwnership':false,"
                        + "'engagementAvailability':true,"
                        + "'holdings':[{'shares':100,'heldSince':'2021-03-01','highestPrice':'21.50'}]}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().getBoolean("eligible")).isFalse();
        assertThat(answer.body().getJsonArray("missing").getJsonObject(0).getString("code"))
                .isEqualTo("PROOF_OF_OWNERSHIP");
    }

    @Test
    void theDeadlineOfTheRulesOwnExampleIsDecember15() throws Exception {
        // 14a-8(e)(2): proxy released 2001-04-14 → proposals due 120 calendar days before 2002-04-14, i.e. 2001-12-15.
        var answer = post(
                "deadlines",
                json("{'jurisdiction':'US','meetingDate':'2002-05-20',"
                        + "'priorMeetingDate':'2001-05-21','priorProxyReleaseDate':'2001-04-14'}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().getString("submissionDeadline")).isEqualTo("2001-12-15");
        assertThat(answer.body().getString("citation")).isEqualTo("17 CFR 240.14a-8(e)(2)");
        assertThat(answer.body().getString("basis")).contains("2001-04-14");
    }

    @Test
    void aMeetingMovedMoreThan30DaysHasNoDateUnlessOneWasAnnounced() throws Exception {
        // 14a-8(e)(2): moved by more than 30 days → "a reasonable time before" printing; no date can be computed.
        var moved = "{'jurisdiction':'US','meetingDate':'2025-09-20','priorMeetingDate':'2024-05-20',"
                + "'priorProxyReleaseDate':'2024-04-01'";
        var none = post("deadlines", json(moved + "}"));
        var announced = post("deadlines", json(moved + ",'announcedDeadline':'2025-06-30'}"));

        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body().isNull("submissionDeadline")).isTrue();
        assertThat(none.body().getString("kind")).isEqualTo("REASONABLE_TIME");
        assertThat(announced.body().getString("submissionDeadline")).isEqualTo("2025-06-30");
    }

    @Test
    void aNoActionRequest81DaysAheadIsInTime() throws Exception {
        // 14a-8(j)(1): no later than 80 calendar days before the definitive proxy; 2025-01-10 → 2025-04-01 is 81.
        var answer = post("no-action-timing", json("{'requestDate':'2025-01-10','definitiveProxyDate':'2025-04-01'}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().getBoolean("timely")).isTrue();
        assertThat(answer.body().getJsonNumber("daysBefore").longValue()).isEqualTo(81);
        assertThat(answer.body().getString("citation")).isEqualTo("17 CFR 240.14a-8(j)(1)");
    }

    @Test
    void aShortProposalIsWithinThe500WordLimit() throws Exception {
        // 14a-8(d): the proposal with its supporting statement may not exceed 500 words.
        var answer = post("word-count", json("{'jurisdiction':'US','text':'Shareholders request a report.'}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().getInt("words")).isEqualTo(4);
        assertThat(answer.body().getInt("limit")).isEqualTo(500);
        assertThat(answer.body().getBoolean("withinLimit")).isTrue();
        assertThat(answer.body().getInt("over")).isZero();
    }

    @Test
    void supportIsComputedBothWaysWithTwoDecimals() throws Exception {
        // SEC formula for 14a-8(i)(12): 4000 / (4000 + 2500) = 61.54%; company's: 4000 / 7000 = 57.14%.
        var answer = post("vote-result", json("{'for':4000,'against':2500,'abstain':500,'brokerNonVotes':1000}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().getJsonNumber("secSupportPercent").toString()).isEqualTo("61.54");
        assertThat(answer.body().getJsonNumber("companySupportPercent").toString())
                .isEqualTo("57.14");
        assertThat(answer.body().getString("explanation")).contains("broker non-votes");
    }

    @Test
    void aResubmissionWithFourPercentAfterOneVoteIsExcludable() throws Exception {
        // 14a-8(i)(12)(i) as amended in 2020: below 5% after one vote in the preceding 5 calendar years.
        var answer = post(
                "resubmission",
                json("{'jurisdiction':'US','meetingDate':'2025-05-20','priorVotes':["
                        + "{'meetingDate':'2024-05-20','for':400,'against':9600,'abstain':100,'brokerNonVotes':50}]}"));

        assertThat(answer.status()).isEqualTo(200);
        var v = answer.body();
        assertThat(v.getBoolean("excludable")).isTrue();
        assertThat(v.getString("ruleSet")).isEqualTo("US-14a-8-2020");
        assertThat(v.getJsonNumber("threshold").toString()).isEqualTo("5.00");
        assertThat(v.getInt("timesVoted")).isEqualTo(1);
        assertThat(v.getJsonNumber("lastSupportPercent").toString()).isEqualTo("4.00");
        assertThat(v.getString("citation")).isEqualTo("17 CFR 240.14a-8(i)(12)");
    }

    // --- bad input ---

    @Test
    void aMissingMeetingDateIsNamed() throws Exception {
        assertProblemNaming(
                post("deadlines", json("{'jurisdiction':'US','priorProxyReleaseDate':'2001-04-14'}")), "meetingDate");
    }

    @Test
    void aDateThatIsNotADateIsNamed() throws Exception {
        assertProblemNaming(
                post("no-action-timing", json("{'requestDate':'2025-02-30','definitiveProxyDate':'2025-04-01'}")),
                "requestDate");
    }

    @Test
    void negativeSharesAreNamedWithTheirIndex() throws Exception {
        var answer = post(
                "eligibility",
                json("{'jurisdiction':'US','meetingDate':'2025-05-20',"
                        + "'submissionDate':'2024-11-15','intendsToHold':true,'proofOfOwnership':true,"
                        + "'holdings':[{'shares':-1,'heldSince':'2021-03-01','highestPrice':'21.50'}]}"));

        assertProblemNaming(answer, "holdings[0].shares");
    }

    @Test
    void anUnknownJurisdictionIsNamed() throws Exception {
        var answer = post("word-count", json("{'jurisdiction':'XX','text':'a b c'}"));

        assertProblemNaming(answer, "jurisdiction");
        assertThat(answer.body().getJsonObject("errors").getString("jurisdiction"))
                .contains("not a known");
    }

    @Test
    void malformedJsonIsABadRequestAboutTheBody() throws Exception {
        assertProblemNaming(post("vote-result", "{\"for\": 1, "), "body");
    }

    @Test
    void anEmptyBodyIsABadRequest() throws Exception {
        var answer = post("vote-result", "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }

    @Test
    void aFractionOfAVoteIsRefusedNotRounded() throws Exception {
        assertProblemNaming(post("vote-result", json("{'for':1.5,'against':2,'abstain':0,'brokerNonVotes':0}")), "for");
    }

    @Test
    void anObjectWhereAListBelongsIsNamed() throws Exception {
        assertProblemNaming(
                post("resubmission", json("{'jurisdiction':'US','meetingDate':'2025-05-20','priorVotes':{}}")),
                "priorVotes");
    }

    @Test
    void aBadPriorVoteIsNamedWithItsIndex() throws Exception {
        var answer = post(
                "resubmission",
                json("{'jurisdiction':'US','meetingDate':'2025-05-20','priorVotes':["
                        + "{'meetingDate':'2024-05-20','for':400,'against':-1,'abstain':0,'brokerNonVotes':0}]}"));

        assertProblemNaming(answer, "priorVotes[0].against");
    }

    @Test
    void aMeetingBeforeAnyRuleSetIsNamed() throws Exception {
        // The engine knows Rule 14a-8 from its 1998 version on; a 1990 meeting has no rule set in force.
        assertProblemNaming(post("deadlines", json("{'jurisdiction':'US','meetingDate':'1990-05-20'}")), "meetingDate");
    }

    @Test
    void theOpenApiDocumentListsTheRules() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("openapi?format=JSON"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var paths = Json.createReader(new StringReader(response.body()))
                .readObject()
                .getJsonObject("paths");
        assertThat(paths)
                .containsKeys(
                        "/api/rules/eligibility",
                        "/api/rules/deadlines",
                        "/api/rules/no-action-timing",
                        "/api/rules/word-count",
                        "/api/rules/vote-result",
                        "/api/rules/resubmission");
    }
}
