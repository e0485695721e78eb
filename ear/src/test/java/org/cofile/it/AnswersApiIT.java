package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 through the API, on a resolution the test files itself: the company's deficiency notice and the cure, its
 * no-action request and the staff's answer, the meeting's item number, each clock from the engine, bad dates refused
 * by field, and who may see and record them (the coalition sees, the lead filer records, another coalition sees
 * nothing, no token nothing). What needs a meeting already held is in {@link AnswersServiceIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnswersApiIT extends CoFilingSupport {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL url;

    @BeforeEach
    void base() throws Exception {
        base = url.toURI();
    }

    private static String notice(String received, String sent, String reached, String... codes) {
        var list = Json.createArrayBuilder();
        for (var code : codes) {
            list.add(code);
        }
        return Json.createObjectBuilder()
                .add("proposalReceivedOn", received)
                .add("noticeSentOn", sent)
                .add("noticeReceivedOn", reached)
                .add("deficiencies", list)
                .build()
                .toString();
    }

    private static JsonObject errors(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().getJsonObject("errors");
    }

    @Test
    void aDeficiencyNoticeCarriesBothClocksAndItsCureIsRecorded() throws Exception {
        long resolution = filedAtSisters();
        var path = "api/resolutions/" + resolution + "/deficiency-notices";
        var today = TODAY.toString();

        var recorded = as(Demo.SISTERS_FILER).post(path, notice(today, today, today, "OWNERSHIP_LETTER_NOT_DTC"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var notice = recorded.json();
        assertThat(notice.getInt("number")).isEqualTo(1);
        assertThat(notice.getBoolean("noticeTimely")).isTrue();
        // 14a-8(f)(1): the cure is due 14 calendar days after the notice reached the proponent.
        assertThat(notice.getString("cureDeadline"))
                .isEqualTo(TODAY.plusDays(14).toString());
        assertThat(notice.getBoolean("cureOverdue")).isFalse();

        assertThat(errors(as(Demo.SISTERS_FILER)
                        .post(path, notice(today, today, TODAY.minusDays(1).toString(), "LATE"))))
                .containsKey("noticeReceivedOn");
        assertThat(errors(as(Demo.SISTERS_FILER).post(path, notice(today, today, today, "TYPO"))))
                .containsKey("deficiencies[0]");
        assertThat(errors(as(Demo.SISTERS_FILER).post(path, notice(today, today, today))))
                .containsKey("deficiencies");
        assertThat(errors(as(Demo.SISTERS_FILER).post(path, notice("yesterday", today, today, "LATE"))))
                .containsKey("proposalReceivedOn");

        var cure = as(Demo.SISTERS_FILER)
                .post(
                        path + "/1/cure",
                        Json.createObjectBuilder()
                                .add("sentOn", TODAY.plusDays(1).toString())
                                .build()
                                .toString());
        assertThat(errors(cure)).containsKey("sentOn");
        var cured = as(Demo.SISTERS_FILER)
                .post(
                        path + "/1/cure",
                        Json.createObjectBuilder()
                                .add("sentOn", today)
                                .add("note", "Letter of the DTC participant attached")
                                .build()
                                .toString());
        assertThat(cured.status()).as(cured.body()).isEqualTo(200);
        assertThat(cured.json().getBoolean("cureTimely")).isTrue();
        assertThat(as(Demo.SISTERS_FILER)
                        .post(path + "/7/cure", "{\"sentOn\":\"" + today + "\"}")
                        .status())
                .isEqualTo(404);

        var list = as(Demo.ACLU_MEMBER).get(path);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.structure().asJsonArray()).hasSize(1);
    }

    @Test
    void aNoActionRequestIsTimedAndTheStaffAnswerFollowsThePostureOfItsDay() throws Exception {
        long resolution = filedAtSisters();
        var path = "api/resolutions/" + resolution + "/no-action-requests";
        var proxy = TODAY.plusDays(100);
        var body = Json.createObjectBuilder()
                .add("filedOn", TODAY.toString())
                .add("definitiveProxyDate", proxy.toString())
                .add("grounds", Json.createArrayBuilder().add("I_7").add("I_10"))
                .build()
                .toString();
        var created = as(Demo.SISTERS_FILER).post(path, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var request = created.json();
        // 14a-8(j)(1): 80 calendar days before the definitive proxy at the latest.
        assertThat(request.getBoolean("timely")).isTrue();
        assertThat(request.getInt("daysBefore")).isEqualTo(100);
        assertThat(request.getString("latestTimelyOn"))
                .isEqualTo(proxy.minusDays(80).toString());
        assertThat(request.getString("ruleSet")).isNotBlank();

        var answer = as(Demo.SISTERS_FILER)
                .put(
                        path + "/1/response",
                        Json.createObjectBuilder()
                                .add("outcome", "CONCURRED")
                                .add("on", TODAY.toString())
                                .build()
                                .toString());
        if (absent(request, "posture")) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().getBoolean("allowsExclusion")).isTrue();
        } else {
            // Inside the 2025-26 season the staff answers on the merits only under (i)(1).
            assertThat(errors(answer)).containsKey("outcome");
        }
        assertThat(errors(as(Demo.SISTERS_FILER).put(path + "/1/response", "{\"outcome\":\"MAYBE\",\"on\":\"x\"}")))
                .containsKeys("outcome", "on");
        assertThat(as(Demo.SISTERS_FILER)
                        .put(path + "/9/response", "{\"outcome\":\"NO_VIEW\",\"on\":\"" + TODAY + "\"}")
                        .status())
                .isEqualTo(404);
        var afterTheProxy = Json.createObjectBuilder()
                .add("filedOn", TODAY.toString())
                .add("definitiveProxyDate", TODAY.plusYears(2).toString())
                .add("grounds", Json.createArrayBuilder().add("PROCEDURAL"))
                .build()
                .toString();
        assertThat(errors(as(Demo.SISTERS_FILER).post(path, afterTheProxy))).containsKey("definitiveProxyDate");
    }

    @Test
    void theMeetingsItemNumberIsKnownBeforeItsResultIsNot() throws Exception {
        long resolution = filedAtSisters();
        var path = "api/resolutions/" + resolution;
        var outcome = as(Demo.SISTERS_FILER).put(path + "/meeting-outcome", "{\"itemNumber\":6}");
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        assertThat(outcome.json().getInt("itemNumber")).isEqualTo(6);
        assertThat(absent(outcome.json(), "presented")).isTrue();

        assertThat(errors(as(Demo.SISTERS_FILER)
                        .put(path + "/meeting-outcome", "{\"presented\":true,\"presenter\":\"Sister Nora\"}")))
                .containsKey("presented");
        assertThat(errors(as(Demo.SISTERS_FILER).put(path + "/meeting-outcome", "{\"itemNumber\":\"six\"}")))
                .containsKey("itemNumber");
        var vote = "{\"for\":\"10\",\"against\":\"90\",\"abstain\":\"0\",\"source\":\"Form 8-K\"}";
        assertThat(errors(as(Demo.SISTERS_FILER).put(path + "/vote-result", vote)))
                .containsKey("meeting");
        assertThat(errors(as(Demo.SISTERS_FILER).put(path + "/vote-result", "{\"for\":\"-1\",\"against\":\"1.5\"}")))
                .containsKeys("for", "against", "abstain");
        assertThat(as(Demo.ACLU_MEMBER).get(path + "/meeting-outcome").json().getInt("itemNumber"))
                .isEqualTo(6);

        // 14a-8(m)(3): the statement in opposition at least 30 calendar days before the definitive proxy.
        var early = as(Demo.SISTERS_FILER)
                .put(
                        path + "/opposition-statement",
                        "{\"receivedOn\":\"" + TODAY + "\",\"definitiveProxyDate\":\"" + TODAY.plusDays(40) + "\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(200);
        assertThat(early.json().getString("oppositionDueOn"))
                .isEqualTo(TODAY.plusDays(10).toString());
        assertThat(early.json().getBoolean("oppositionTimely")).isTrue();
        var late = as(Demo.SISTERS_FILER)
                .put(
                        path + "/opposition-statement",
                        "{\"receivedOn\":\"" + TODAY + "\",\"definitiveProxyDate\":\"" + TODAY.plusDays(20) + "\"}");
        assertThat(late.json().getBoolean("oppositionTimely")).isFalse();
        assertThat(errors(as(Demo.SISTERS_FILER)
                        .put(
                                path + "/opposition-statement",
                                "{\"receivedOn\":\"" + TODAY + "\",\"definitiveProxyDate\":\"" + TODAY.minusDays(1)
                                        + "\"}")))
                .containsKey("receivedOn");
        assertThat(as(Demo.ACLU_MEMBER)
                        .put(
                                path + "/opposition-statement",
                                "{\"receivedOn\":\"" + TODAY + "\",\"definitiveProxyDate\":\"" + TODAY.plusDays(40)
                                        + "\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theCoalitionSeesTheAnswersTheLeadFilerRecordsThemAndNoOneElseSeesAnything() throws Exception {
        long resolution = filedAtSisters();
        var notices = "api/resolutions/" + resolution + "/deficiency-notices";
        var today = TODAY.toString();
        var body = notice(today, today, today, "NO_INTENT_STATEMENT");

        assertThat(as(Demo.ACLU_MEMBER).post(notices, body).status()).isEqualTo(403);
        assertThat(as(Demo.HARRINGTON_FILER).post(notices, body).status()).isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN).get(notices).status()).isEqualTo(404);
        assertThat(as(Demo.OTHER_COALITION_ADMIN).post(notices, body).status()).isEqualTo(404);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .get("api/resolutions/" + resolution + "/meeting-outcome")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base).get(notices).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(base).post(notices, body).status()).isEqualTo(401);
        // The coalition's admin records for the lead filer.
        assertThat(as(Demo.COALITION_ADMIN).post(notices, body).status()).isEqualTo(201);

        // Before filing there is nothing the company could answer.
        long approved = approvedAtSisters(meeting(TODAY.plusDays(20)));
        var early = as(Demo.SISTERS_FILER).post("api/resolutions/" + approved + "/deficiency-notices", body);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
    }

    @Test
    void theAfterFilingPageShowsTheCoalitionWhatWasRecordedAndOffersItsFormsOnlyToTheLeadFiler() throws Exception {
        long resolution = filedAtSisters();
        var today = TODAY.toString();
        assertThat(as(Demo.SISTERS_FILER)
                        .post(
                                "api/resolutions/" + resolution + "/deficiency-notices",
                                notice(today, today, today, "NO_AVAILABILITY"))
                        .status())
                .isEqualTo(201);
        var page = "resolutions/answers.xhtml?id=" + resolution;

        var lead = new PortalClient(base);
        lead.signIn(Demo.SISTERS_FILER, Demo.PASSWORD);
        var seenByLead = lead.open(page);
        assertThat(seenByLead.statusCode()).isEqualTo(200);
        assertThat(seenByLead.body())
                .contains("No availability to meet", TODAY.plusDays(14).toString(), "id=\"notice\"", "id=\"vote\"");
        assertThat(lead.open("resolutions/view.xhtml?id=" + resolution).body())
                .contains("answers.xhtml?id=" + resolution);

        var member = new PortalClient(base);
        member.signIn(Demo.ACLU_MEMBER, Demo.PASSWORD);
        var seenByMember = member.open(page);
        assertThat(seenByMember.statusCode()).isEqualTo(200);
        assertThat(seenByMember.body()).contains("No availability to meet").doesNotContain("id=\"notice\"");

        var other = new PortalClient(base);
        other.signIn(Demo.OTHER_COALITION_ADMIN, Demo.PASSWORD);
        assertThat(other.get(page).statusCode()).isEqualTo(404);
        var anonymous = new PortalClient(base).get(page);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("login.xhtml");
    }

    @Test
    void theBoardsAnswerAndTheCompanysCommitmentsAreFollowedUpByTheLeadFilerOnly() throws Exception {
        long resolution = filedAtSisters();
        var path = "api/resolutions/" + resolution;
        var answer = as(Demo.SISTERS_FILER)
                .put(
                        path + "/board-review",
                        Json.createObjectBuilder()
                                .add("reviewCommissioned", true)
                                .add("reviewer", "An outside law firm")
                                .add("independent", true)
                                .add("scope", "Sales of face surveillance to government agencies")
                                .add("publishedOn", TODAY.toString())
                                .add("publishedAt", "https://example.org/board-review")
                                .build()
                                .toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getString("reviewer")).isEqualTo("An outside law firm");
        assertThat(errors(as(Demo.SISTERS_FILER)
                        .put(path + "/board-review", "{\"publishedAt\":\"javascript:alert(1)\"}")))
                .containsKey("publishedAt");
        assertThat(as(Demo.ACLU_MEMBER).get(path + "/board-review").json().getBoolean("independent"))
                .isTrue();

        var late = Json.createObjectBuilder()
                .add("text", "Publish the review")
                .add("madeOn", TODAY.toString())
                .add("dueOn", TODAY.minusDays(1).toString())
                .build()
                .toString();
        assertThat(errors(as(Demo.SISTERS_FILER).post(path + "/commitments", late)))
                .containsKey("dueOn");
        var made = as(Demo.SISTERS_FILER)
                .post(
                        path + "/commitments",
                        Json.createObjectBuilder()
                                .add("text", "Publish an independent human-rights assessment")
                                .add("madeOn", TODAY.toString())
                                .add("dueOn", TODAY.plusDays(90).toString())
                                .build()
                                .toString());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long commitment = made.json().getJsonNumber("id").longValue();
        assertThat(made.json().getString("status")).isEqualTo("OPEN");
        assertThat(made.json().getBoolean("overdue")).isFalse();

        var followUp = "api/commitments/" + commitment;
        assertThat(errors(as(Demo.SISTERS_FILER).put(followUp, "{\"status\":\"MET\"}")))
                .containsKey("evidence");
        assertThat(errors(as(Demo.SISTERS_FILER).put(followUp, "{\"status\":\"DONE\"}")))
                .containsKey("status");
        assertThat(as(Demo.ACLU_MEMBER).put(followUp, "{\"status\":\"MISSED\"}").status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .put(followUp, "{\"status\":\"MISSED\"}")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base)
                        .put(followUp, "{\"status\":\"MISSED\"}")
                        .status())
                .isEqualTo(401);
        assertThat(as(Demo.SISTERS_FILER)
                        .put("api/commitments/" + Long.MAX_VALUE, "{\"status\":\"MISSED\"}")
                        .status())
                .isEqualTo(404);
        var met = as(Demo.SISTERS_FILER)
                .put(followUp, "{\"status\":\"MET\",\"evidence\":\"https://example.org/assessment.pdf\"}");
        assertThat(met.status()).as(met.body()).isEqualTo(200);
        assertThat(met.json().getString("status")).isEqualTo("MET");
        var listed = as(Demo.ACLU_MEMBER).get(path + "/commitments").structure().asJsonArray();
        assertThat(listed).hasSize(1);
        assertThat(as(Demo.OTHER_COALITION_ADMIN).get(path + "/commitments").status())
                .isEqualTo(404);
    }

    private static String declaration(String vote, String shares, String visibility, String rationale) {
        return Json.createObjectBuilder()
                .add("vote", vote)
                .add("shares", shares)
                .add("visibility", visibility)
                .add("rationale", rationale)
                .build()
                .toString();
    }

    @Test
    void organizationsDeclareHowTheyWillVoteAndThePublicSeesOnlyThePublicOnes() throws Exception {
        long resolution = filedAtSisters();
        var path = "api/resolutions/" + resolution + "/declarations";
        long company = as(Demo.SISTERS_FILER)
                .get("api/resolutions/" + resolution)
                .json()
                .getJsonNumber("companyId")
                .longValue();

        var harrington =
                as(Demo.HARRINGTON_FILER).post(path, declaration("FOR", "1000", "PUBLIC", "Civil rights risk"));
        assertThat(harrington.status()).as(harrington.body()).isEqualTo(200);
        assertThat(as(Demo.HARRINGTON_FILER)
                        .post(path, declaration("FOR", "2500", "PUBLIC", "Civil rights risk, restated"))
                        .json()
                        .getInt("shares"))
                .isEqualTo(2500);
        assertThat(as(Demo.SISTERS_FILER)
                        .post(path, declaration("FOR", "5000", "COALITION", "Kept within the coalition"))
                        .status())
                .isEqualTo(200);
        assertThat(errors(as(Demo.SISTERS_FILER).post(path, declaration("MAYBE", "-1", "EVERYONE", ""))))
                .containsKeys("vote", "shares", "visibility");
        assertThat(as(Demo.ACLU_MEMBER)
                        .post(path, declaration("FOR", "1", "PUBLIC", ""))
                        .status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .post(path, declaration("AGAINST", "1", "PUBLIC", ""))
                        .status())
                .isEqualTo(404);
        assertThat(as(Demo.OTHER_COALITION_ADMIN).get(path).status()).isEqualTo(404);

        var seenInTheCoalition = as(Demo.ACLU_MEMBER).get(path).structure().asJsonArray();
        assertThat(seenInTheCoalition).hasSize(2);

        var everyone = ApiClient.anonymous(base).get("api/public/declarations?companyId=" + company);
        assertThat(everyone.status()).isEqualTo(200);
        assertThat(everyone.body()).contains("Civil rights risk, restated").doesNotContain("Kept within the coalition");
        assertThat(everyone.structure().asJsonArray()).hasSize(1);
        assertThat(errors(ApiClient.anonymous(base).get("api/public/declarations?companyId=abc")))
                .containsKey("companyId");

        var page = new PortalClient(base).get("declarations.xhtml?companyId=" + company);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Civil rights risk, restated").doesNotContain("Kept within the coalition");
    }

    @Test
    void aSubjectLinksResolutionsOfOneCompanyAndAnswersWhetherTheNextMayBeExcluded() throws Exception {
        long resolution = filedAtSisters();
        var created = as(Demo.SISTERS_FILER)
                .post(
                        "api/subjects",
                        Json.createObjectBuilder()
                                .add("title", "Face surveillance: board review")
                                .add("resolutionIds", Json.createArrayBuilder().add(resolution))
                                .build()
                                .toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long subject = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getJsonArray("resolutions")).hasSize(1);

        // Nothing voted yet: nothing excludes the next one.
        var verdict =
                as(Demo.ACLU_MEMBER).get("api/subjects/" + subject + "/resubmission?meetingDate=" + TODAY.plusYears(1));
        assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
        assertThat(verdict.json().getBoolean("excludable")).isFalse();
        assertThat(verdict.json().getInt("timesVoted")).isZero();
        assertThat(verdict.json().getString("citation")).contains("(i)(12)");

        assertThat(errors(as(Demo.SISTERS_FILER).get("api/subjects/" + subject + "/resubmission?meetingDate=soon")))
                .containsKey("meetingDate");
        assertThat(errors(as(Demo.SISTERS_FILER).post("api/subjects", "{\"title\":\"\",\"resolutionIds\":[]}")))
                .containsKeys("title", "resolutionIds");
        assertThat(errors(as(Demo.SISTERS_FILER)
                        .post("api/subjects", "{\"title\":\"x\",\"resolutionIds\":[\"" + Long.MAX_VALUE + "\"]}")))
                .containsKey("resolutionIds[0]");
        assertThat(errors(as(Demo.OTHER_COALITION_ADMIN)
                        .post("api/subjects", "{\"title\":\"x\",\"resolutionIds\":[" + resolution + "]}")))
                .containsKey("resolutionIds[0]");
        assertThat(as(Demo.OTHER_COALITION_ADMIN).get("api/subjects/" + subject).status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base).get("api/subjects/" + subject).status())
                .isEqualTo(401);
        assertThat(as(Demo.ACLU_MEMBER)
                        .post("api/subjects", "{\"title\":\"x\",\"resolutionIds\":[" + resolution + "]}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theStaffIsAskedToReconsiderAndItsAnswerReplacesTheFirstWhenItChanges() throws Exception {
        long resolution = filedAtSisters();
        var path = "api/resolutions/" + resolution + "/no-action-requests";
        var today = TODAY.toString();
        var request = Json.createObjectBuilder()
                .add("filedOn", today)
                .add("definitiveProxyDate", TODAY.plusDays(100).toString())
                .add("grounds", Json.createArrayBuilder().add("I_1"))
                .build()
                .toString();
        assertThat(as(Demo.SISTERS_FILER).post(path, request).status()).isEqualTo(201);
        var ask = "{\"requestedOn\":\"" + today + "\"}";
        assertThat(errors(as(Demo.SISTERS_FILER).post(path + "/1/reconsideration", ask)))
                .containsKey("requestedOn");

        var answered = as(Demo.SISTERS_FILER)
                .put(path + "/1/response", "{\"outcome\":\"DID_NOT_CONCUR\",\"on\":\"" + today + "\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(as(Demo.HARRINGTON_FILER)
                        .post(path + "/1/reconsideration", ask)
                        .status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .post(path + "/1/reconsideration", ask)
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base)
                        .post(path + "/1/reconsideration", ask)
                        .status())
                .isEqualTo(401);
        var asked = as(Demo.SISTERS_FILER).post(path + "/1/reconsideration", ask);
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().getBoolean("reconsiderationRequested")).isTrue();
        assertThat(errors(as(Demo.SISTERS_FILER).post(path + "/1/reconsideration", ask)))
                .containsKey("requestedOn");

        assertThat(errors(as(Demo.SISTERS_FILER)
                        .put(path + "/1/reconsideration", "{\"outcome\":\"PERHAPS\",\"changedTo\":7,\"on\":\"\"}")))
                .containsKeys("outcome", "changedTo", "on");
        assertThat(errors(as(Demo.SISTERS_FILER)
                        .put(
                                path + "/1/reconsideration",
                                "{\"outcome\":\"CHANGED\",\"changedTo\":\"DID_NOT_CONCUR\",\"on\":\"" + today + "\"}")))
                .containsKey("changedTo");
        var changed = as(Demo.SISTERS_FILER)
                .put(
                        path + "/1/reconsideration",
                        "{\"outcome\":\"CHANGED\",\"changedTo\":\"CONCURRED\",\"on\":\"" + today + "\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("reconsiderationOutcome")).isEqualTo("CHANGED");
        assertThat(changed.json().getString("outcome")).isEqualTo("CONCURRED");
        assertThat(changed.json().getBoolean("allowsExclusion")).isTrue();
    }

    /** The demo's history: shared/domain/amazon-record.md, loaded on a fresh start. */
    @Test
    void theAccountabilityViewCarriesAmazonsRecordWithTheThresholdsOfEachYear() throws Exception {
        var overview = as(Demo.SISTERS_FILER).get("api/accountability");
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        var amazon = overview.jsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("company").equals("Amazon.com, Inc."))
                .findFirst()
                .orElseThrow();
        var study = subject(amazon, "Facial recognition: independent study of Rekognition");
        var years = study.getJsonArray("years");
        assertThat(years.stream()
                        .map(y -> y.asJsonObject().getString("meetingDate") + " "
                                + y.asJsonObject()
                                        .getJsonNumber("supportPercent")
                                        .bigDecimalValue())
                        .toList())
                .containsExactly(
                        "2019-05-22 27.50",
                        "2021-05-26 34.33",
                        "2022-05-25 40.69",
                        "2023-05-24 37.40",
                        "2024-05-22 19.08");
        var first = years.getJsonObject(0);
        assertThat(first.getBoolean("supportReported")).isTrue();
        assertThat(first.getString("supportLabel")).contains("excluding the CEO's shares");
        // 14a-8(i)(12): 3/6/10% before the 2020 amendments applied (meetings from 2022-01-01), 5/15/25% after.
        assertThat(years.getJsonObject(1).getJsonArray("resubmissionThresholds").toString())
                .isEqualTo("[3,6,10]");
        assertThat(years.getJsonObject(2).getJsonArray("resubmissionThresholds").toString())
                .isEqualTo("[5,15,25]");
        // 2019: the staff declined on 2019-03-28 and declined to reconsider on 2019-04-03.
        var staff = first.getJsonArray("noActionRequests").getJsonObject(0);
        assertThat(staff.getString("outcome")).isEqualTo("DID_NOT_CONCUR");
        assertThat(staff.getString("answeredOn")).isEqualTo("2019-03-28");
        assertThat(staff.getString("reconsiderationOutcome")).isEqualTo("DECLINED");
        assertThat(staff.getString("reconsiderationAnsweredOn")).isEqualTo("2019-04-03");

        var diligence = subject(amazon, "Facial recognition: customer due diligence");
        var y2020 = diligence.getJsonArray("years").getJsonObject(0);
        assertThat(y2020.getString("meetingDate")).isEqualTo("2020-05-27");
        assertThat(absent(y2020, "supportPercent")).isTrue();
        assertThat(absent(y2020.getJsonArray("noActionRequests").getJsonObject(0), "outcome"))
                .isTrue();
        assertThat(diligence.getJsonArray("years").getJsonObject(2).getString("leadFiler"))
                .isEqualTo("American Baptist Home Mission Society");

        var board = subject(amazon, "Facial recognition: sales to government agencies, board review");
        assertThat(board.getJsonArray("years").getJsonObject(0).getString("kind"))
                .isEqualTo("BOARD_REVIEW");
        assertThat(board.getJsonArray("years")
                        .getJsonObject(0)
                        .getJsonNumber("supportPercent")
                        .bigDecimalValue())
                .isEqualByComparingTo("2.4");

        // Another coalition sees none of it; no token, nothing; a company that is no number is refused.
        assertThat(as(Demo.OTHER_COALITION_ADMIN).get("api/accountability").body())
                .doesNotContain("Rekognition");
        assertThat(ApiClient.anonymous(base).get("api/accountability").status()).isEqualTo(401);
        assertThat(errors(as(Demo.SISTERS_FILER).get("api/accountability?companyId=amazon")))
                .containsKey("companyId");
        long amazonId = amazon.getJsonNumber("companyId").longValue();
        assertThat(as(Demo.SISTERS_FILER)
                        .get("api/accountability?companyId=" + amazonId)
                        .jsonArray())
                .hasSize(1);
    }

    private static JsonObject subject(JsonObject company, String title) {
        return company.getJsonArray("subjects").stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getString("title").equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No subject " + title + " in " + company));
    }

    @Test
    void aPastVoteKnownOnlyByItsPublishedFigureIsRecordedAsReported() throws Exception {
        long resolution = filedAtSisters();
        var path = "api/resolutions/" + resolution + "/vote-result";
        // Today's meeting is not held: no result yet, reported or counted.
        var reported = as(Demo.SISTERS_FILER)
                .put(path, "{\"reportedSupportPercent\":\"12.5\",\"reportedBasis\":\"press\",\"source\":\"ICCR\"}");
        assertThat(errors(reported)).containsKey("meeting");
        assertThat(errors(as(Demo.SISTERS_FILER).put(path, "{\"reportedSupportPercent\":\"-3\",\"source\":\"x\"}")))
                .containsKey("reportedSupportPercent");
    }

    /** Filed today by the Sisters with Harrington as co-filer, both verified. */
    private long filedWithHarrington() throws Exception {
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        long sisters = organization(Demo.SISTERS);
        long harrington = organization(Demo.HARRINGTON);
        assertThat(invite(Demo.SISTERS_FILER, resolution, harrington).status()).isEqualTo(201);
        assertThat(decide(Demo.HARRINGTON_FILER, resolution, harrington, true).status())
                .isEqualTo(200);
        var meetOn = dayToMeet();
        for (var proponent :
                new Object[][] {{Demo.SISTERS_FILER, sisters, "226"}, {Demo.HARRINGTON_FILER, harrington, "164"}}) {
            var filer = (String) proponent[0];
            long organization = (Long) proponent[1];
            assertThat(record(
                                    filer,
                                    resolution,
                                    organization,
                                    holding("5000", TODAY.minusYears(4), (String) proponent[2], meetOn))
                            .status())
                    .isEqualTo(200);
            assertThat(uploadProof(filer, resolution, organization, letter("Proof of " + organization))
                            .status())
                    .isEqualTo(201);
        }
        var filing = fileToday(resolution, Map.of());
        assertThat(filing.status()).as(filing.body()).isEqualTo(200);
        return resolution;
    }

    @Test
    void aWithdrawalIsCompleteWithEveryProponentsWordAndThenTheCompanyWithdrawsItsRequest() throws Exception {
        long resolution = filedWithHarrington();
        var base = "api/resolutions/" + resolution;
        var today = TODAY.toString();
        var request = Json.createObjectBuilder()
                .add("filedOn", today)
                .add("definitiveProxyDate", TODAY.plusDays(100).toString())
                .add("grounds", Json.createArrayBuilder().add("I_7"))
                .build()
                .toString();
        assertThat(as(Demo.SISTERS_FILER)
                        .post(base + "/no-action-requests", request)
                        .status())
                .isEqualTo(201);
        var requestWithdrawal = "{\"withdrawnOn\":\"" + today + "\"}";
        // SLB 14F: not before every proponent has withdrawn.
        assertThat(errors(as(Demo.SISTERS_FILER).post(base + "/no-action-requests/1/withdrawal", requestWithdrawal)))
                .containsKey("withdrawnOn");
        assertThat(as(Demo.SISTERS_FILER).get(base + "/withdrawal").status()).isEqualTo(404);

        var agreement = "{\"withAgreement\":true,\"terms\":\"The board publishes an independent human-rights"
                + " assessment\",\"agreedOn\":\"" + today + "\",\"on\":\"" + today + "\"}";
        assertThat(errors(as(Demo.SISTERS_FILER)
                        .post(
                                base + "/withdrawal",
                                "{\"withAgreement\":true,\"terms\":\" \",\"on\":\"" + today + "\"}")))
                .containsKeys("terms", "agreedOn");
        assertThat(as(Demo.HARRINGTON_FILER)
                        .post(base + "/withdrawal", agreement)
                        .status())
                .isEqualTo(403);
        var proposed = as(Demo.SISTERS_FILER).post(base + "/withdrawal", agreement);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().getJsonArray("awaiting").getString(0)).isEqualTo(Demo.HARRINGTON);
        assertThat(absent(proposed.json(), "completedOn")).isTrue();
        assertThat(as(Demo.SISTERS_FILER).post(base + "/withdrawal", agreement).status())
                .isEqualTo(409);

        var consent = "{\"on\":\"" + today + "\"}";
        assertThat(as(Demo.ACLU_MEMBER)
                        .post(base + "/withdrawal/consents", consent)
                        .status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .post(base + "/withdrawal/consents", consent)
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(this.base)
                        .post(base + "/withdrawal/consents", consent)
                        .status())
                .isEqualTo(401);
        assertThat(as(Demo.SISTERS_FILER)
                        .post(base + "/withdrawal/consents", consent)
                        .status())
                .isEqualTo(409);
        var complete = as(Demo.HARRINGTON_FILER).post(base + "/withdrawal/consents", consent);
        assertThat(complete.status()).as(complete.body()).isEqualTo(200);
        assertThat(complete.json().getString("completedOn")).isEqualTo(today);
        assertThat(complete.json().getJsonArray("awaiting")).isEmpty();
        assertThat(as(Demo.SISTERS_FILER).get(base).json().getString("state")).isEqualTo("WITHDRAWN");

        var withdrawn = as(Demo.SISTERS_FILER).post(base + "/no-action-requests/1/withdrawal", requestWithdrawal);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().getString("withdrawnOn")).isEqualTo(today);
        assertThat(withdrawn.json().getBoolean("allowsExclusion")).isFalse();

        // The agreement's terms are followed up as commitments; the meeting votes on nothing.
        var term = as(Demo.SISTERS_FILER)
                .post(
                        base + "/commitments",
                        "{\"text\":\"Publish the assessment\",\"madeOn\":\"" + today + "\",\"dueOn\":\""
                                + TODAY.plusMonths(6) + "\",\"origin\":\"WITHDRAWAL_AGREEMENT\"}");
        assertThat(term.status()).as(term.body()).isEqualTo(201);
        assertThat(term.json().getString("origin")).isEqualTo("WITHDRAWAL_AGREEMENT");
        assertThat(as(Demo.SISTERS_FILER)
                        .post(base + "/declarations", "{\"vote\":\"FOR\",\"shares\":\"10\",\"visibility\":\"PUBLIC\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theDialogueIsLoggedAndItsCommitmentsNameIt() throws Exception {
        long resolution = filedAtSisters();
        var base = "api/resolutions/" + resolution;
        var today = TODAY.toString();
        var call = "{\"heldOn\":\"" + today + "\",\"kind\":\"CALL\",\"companyParticipants\":\"Corporate"
                + " secretary; head of investor relations\",\"proponentParticipants\":\"Sisters\",\"notes\":"
                + "\"The company will consider an assessment.\"}";
        assertThat(as(Demo.HARRINGTON_FILER).post(base + "/dialogues", call).status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN).get(base + "/dialogues").status())
                .isEqualTo(404);
        assertThat(errors(as(Demo.SISTERS_FILER)
                        .post(
                                base + "/dialogues",
                                "{\"heldOn\":\"" + TODAY.minusDays(1)
                                        + "\",\"kind\":\"VISIT\",\"companyParticipants\":\"\"}")))
                .containsKeys("kind");
        assertThat(errors(as(Demo.SISTERS_FILER)
                        .post(
                                base + "/dialogues",
                                "{\"heldOn\":\"" + TODAY.minusDays(1)
                                        + "\",\"kind\":\"CALL\",\"companyParticipants\":\" \"}")))
                .containsKeys("heldOn", "companyParticipants");
        var logged = as(Demo.SISTERS_FILER).post(base + "/dialogues", call);
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        long dialogue = id(logged.json());
        var listed = as(Demo.ACLU_MEMBER).get(base + "/dialogues");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.jsonArray().getJsonObject(0).getString("kind")).isEqualTo("CALL");

        var promised = as(Demo.SISTERS_FILER)
                .post(
                        base + "/commitments",
                        "{\"text\":\"Consider an assessment\",\"madeOn\":\"" + today + "\",\"dueOn\":\""
                                + TODAY.plusMonths(3) + "\",\"origin\":\"DIALOGUE\",\"dialogueId\":" + dialogue + "}");
        assertThat(promised.status()).as(promised.body()).isEqualTo(201);
        assertThat(promised.json().getJsonNumber("dialogueId").longValue()).isEqualTo(dialogue);
        long elsewhere = filedAtSisters();
        var misplaced = as(Demo.SISTERS_FILER)
                .post(
                        "api/resolutions/" + elsewhere + "/commitments",
                        "{\"text\":\"x\",\"madeOn\":\"" + today + "\",\"dueOn\":\"" + today
                                + "\",\"origin\":\"DIALOGUE\",\"dialogueId\":" + dialogue + "}");
        assertThat(errors(misplaced)).containsKey("dialogueId");
    }

    @Test
    void theResolutionsListIsExportedWithStatesAndResultsInThreeFormats() throws Exception {
        var amazon = as(Demo.SISTERS_FILER).get("api/accountability").jsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("company").equals("Amazon.com, Inc."))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("companyId")
                .longValue();
        var path = "api/resolutions/export?companyId=" + amazon + "&format=";
        var csv = as(Demo.SISTERS_FILER).download(path + "csv", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        var text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("Id,Title,Kind,State", "Independent study of Rekognition", "2024-05-22");
        assertThat(text).contains("19.08,yes", "DID_NOT_CONCUR");

        var xlsx = as(Demo.SISTERS_FILER)
                .download(path + "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.bytes(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        var pdf = as(Demo.SISTERS_FILER).download(path + "pdf", "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var refused = as(Demo.SISTERS_FILER).download("api/resolutions/export?format=doc&companyId=x", "text/csv");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(new String(refused.bytes(), StandardCharsets.UTF_8)).contains("\"format\"", "\"companyId\"");
        assertThat(ApiClient.anonymous(base).download(path + "csv", "text/csv").status())
                .isEqualTo(401);
        var other = as(Demo.OTHER_COALITION_ADMIN).download(path + "csv", "text/csv");
        assertThat(other.status()).isEqualTo(200);
        assertThat(new String(other.bytes(), StandardCharsets.UTF_8)).doesNotContain("Rekognition");
    }
}
