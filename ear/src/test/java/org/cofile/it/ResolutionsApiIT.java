package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resolutions through the API: drafting from the Amazon template, versions and their diff, a stale save, comments,
 * review by the coalition's admin, the timeline; and who may see and do what, from the lead filer to a member of
 * another coalition.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResolutionsApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> TOKENS = new HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL url;

    private URI base;

    @BeforeEach
    void base() throws Exception {
        base = url.toURI();
    }

    private ApiClient as(String email) throws Exception {
        var token = TOKENS.get(email);
        if (token == null) {
            token = ApiClient.issueToken(new PortalClient(base), email);
            TOKENS.put(email, token);
        }
        return new ApiClient(base, token);
    }

    private long coalitionOf(String email, String namePart) throws Exception {
        var coalitions = as(email).get("api/coalitions").structure().asJsonArray();
        return coalitions.stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").contains(namePart))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private long organization(String email, String name) throws Exception {
        var page = as(email)
                .get("api/organizations?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long company(String ticker) throws Exception {
        return as(Demo.SISTERS_FILER)
                .get("api/companies?ticker=" + ticker)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private long meeting(long companyId, String date) throws Exception {
        return as(Demo.SISTERS_FILER).get("api/companies/" + companyId + "/meetings").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(m -> m.getString("meetingDate").equals(date))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** A draft from the Amazon template, by the Sisters' filer, with a title of its own to find it by. */
    private JsonObjectBuilder amazonDraft(String title) throws Exception {
        long amazon = company("AMZN");
        return Json.createObjectBuilder()
                .add("coalitionId", coalitionOf(Demo.SISTERS_FILER, "Face Surveillance"))
                .add("companyId", amazon)
                .add("meetingId", meeting(amazon, "2027-05-19"))
                .add("kind", "BOARD_REVIEW")
                .add("templateId", "amazon-2019-facial-recognition")
                .add("title", title)
                .add("leadFilerOrganizationId", organization(Demo.SISTERS_FILER, Demo.SISTERS));
    }

    private JsonObject create(String title) throws Exception {
        var response = as(Demo.SISTERS_FILER)
                .post("api/resolutions", amazonDraft(title).build().toString());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void aFilerDraftsFromTheAmazonTemplateAndSeesWordsAndTheFilingDeadline() throws Exception {
        var title = "Face surveillance " + UUID.randomUUID();
        var created = create(title);

        assertThat(created.getString("state")).isEqualTo("DRAFT");
        assertThat(created.getInt("version")).isEqualTo(1);
        assertThat(created.getString("resolvedClause"))
                .startsWith("RESOLVED, shareholders request that the Board of Directors prohibit sales of facial"
                        + " recognition technology to government agencies unless the Board concludes, after an"
                        + " evaluation using independent evidence");
        assertThat(created.getJsonObject("boardReview").getString("reviewStandard"))
                .isEqualTo("an evaluation using independent evidence");
        assertThat(created.getString("jurisdiction")).isEqualTo("US");
        // 14a-8(d): 500 words, the proposal and its supporting statement together.
        assertThat(created.getInt("wordLimit")).isEqualTo(500);
        assertThat(created.getBoolean("withinLimit")).isTrue();
        // 14a-8(e)(2): 120 days before the anniversary of the 2026 proxy release (2026-04-09).
        assertThat(created.getString("filingDeadline")).isEqualTo("2026-12-10");
        assertThat(created.getString("filingDeadlineExplanation")).isNotBlank();

        var listed = as(Demo.SISTERS_FILER)
                .get("api/resolutions?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .json();
        assertThat(listed.getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void aSecondVersionHasAWordDiffAndAStaleSaveIs409WithTheCurrentText() throws Exception {
        var created = create("Diff " + UUID.randomUUID());
        long id = created.getJsonNumber("id").longValue();
        var api = as(Demo.SISTERS_FILER);

        var second = api.put(
                "api/resolutions/" + id,
                Json.createObjectBuilder()
                        .add("version", 1)
                        .add("title", created.getString("title"))
                        .add("supportingStatement", "Independent evidence must come first.")
                        .add("boardReview", created.getJsonObject("boardReview"))
                        .add("note", "shorter statement")
                        .build()
                        .toString());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().getInt("version")).isEqualTo(2);

        var stale = api.put(
                "api/resolutions/" + id,
                Json.createObjectBuilder()
                        .add("version", 1)
                        .add("title", "my edit from version 1")
                        .add("boardReview", created.getJsonObject("boardReview"))
                        .build()
                        .toString());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith(PROBLEM);
        assertThat(stale.json().getJsonObject("current").getString("supportingStatement"))
                .isEqualTo("Independent evidence must come first.");
        assertThat(stale.json().getJsonObject("current").getInt("version")).isEqualTo(2);

        var diff = api.get("api/resolutions/" + id + "/diff?from=1&to=2").json();
        var changes = diff.getJsonArray("supportingStatement").stream()
                .map(v -> v.asJsonObject().getString("change"))
                .toList();
        assertThat(changes).contains("DELETED", "INSERTED");
        assertThat(api.get("api/resolutions/" + id + "/versions").structure().asJsonArray())
                .hasSize(2);
        assertThat(api.get("api/resolutions/" + id + "/versions/2").json().getString("note"))
                .isEqualTo("shorter statement");
        assertThat(api.get("api/resolutions/" + id + "/diff?from=1&to=9").status())
                .isEqualTo(400);
    }

    @Test
    void theCoalitionAdminApprovesAfterReviewAndTheTimelineTellsIt() throws Exception {
        // Approval claims the meeting for the lead filer: a meeting of this test's own.
        var meeting =
                TestMeetings.create(as(Demo.SISTERS_FILER), TestMeetings.today().plusDays(20));
        var draft = amazonDraft("Review " + UUID.randomUUID())
                .add("companyId", meeting.companyId())
                .add("meetingId", meeting.meetingId());
        var created =
                as(Demo.SISTERS_FILER).post("api/resolutions", draft.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        var filer = as(Demo.SISTERS_FILER);
        var admin = as(Demo.COALITION_ADMIN);

        assertThat(transition(filer, id, "APPROVE", "").status()).isEqualTo(403);
        assertThat(transition(admin, id, "APPROVE", "").status()).isEqualTo(409);
        assertThat(transition(filer, id, "SUBMIT_FOR_REVIEW", "").json().getString("state"))
                .isEqualTo("IN_REVIEW");

        var comment = admin.post(
                "api/resolutions/" + id + "/comments",
                Json.createObjectBuilder()
                        .add("versionNumber", 1)
                        .add("text", "Good; cite the ACLU test.")
                        .build()
                        .toString());
        assertThat(comment.status()).isEqualTo(201);
        var approved = transition(admin, id, "APPROVE", "agreed at the call");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().getString("state")).isEqualTo("APPROVED");
        assertThat(transition(admin, id, "APPROVE", "").status()).isEqualTo(409);

        var timeline =
                filer.get("api/resolutions/" + id + "/timeline").structure().asJsonArray();
        assertThat(timeline.stream().map(v -> v.asJsonObject().getString("kind")))
                .containsExactly("CREATED", "SUBMITTED_FOR_REVIEW", "COMMENTED", "APPROVED");
        assertThat(timeline.getJsonObject(3).getString("reason")).isEqualTo("agreed at the call");
        assertThat(filer.get("api/resolutions/" + id + "/comments").structure().asJsonArray())
                .hasSize(1);
    }

    @Test
    void anotherCoalitionSeesNothingAndItsAdminHasNoRightsHere() throws Exception {
        var title = "Hidden " + UUID.randomUUID();
        long id = create(title).getJsonNumber("id").longValue();
        var other = as(Demo.OTHER_COALITION_ADMIN);

        for (var path : new String[] {"", "/versions", "/versions/1", "/diff?from=1&to=1", "/comments", "/timeline"}) {
            var response = other.get("api/resolutions/" + id + path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain(title);
        }
        assertThat(transition(other, id, "APPROVE", "").status()).isEqualTo(404);
        assertThat(other.post("api/resolutions/" + id + "/comments", "{\"versionNumber\":1,\"text\":\"hello\"}")
                        .status())
                .isEqualTo(404);
        var list = other.get("api/resolutions?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .json();
        assertThat(list.getJsonNumber("total").longValue()).isZero();
        // Nor may it draft in a coalition it is not in.
        var refused =
                other.post("api/resolutions", amazonDraft("Intruder").build().toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonObject("errors").containsKey("coalitionId"))
                .isTrue();
    }

    @Test
    void aMemberOfAnotherOrganizationInTheCoalitionSeesAndCommentsButMayNotEdit() throws Exception {
        var created = create("Shared " + UUID.randomUUID());
        long id = created.getJsonNumber("id").longValue();
        var aclu = as(Demo.ACLU_MEMBER);

        assertThat(aclu.get("api/resolutions/" + id).status()).isEqualTo(200);
        assertThat(aclu.get("api/resolutions/" + id).json().getBoolean("mayEdit"))
                .isFalse();
        var save = aclu.put(
                "api/resolutions/" + id,
                Json.createObjectBuilder()
                        .add("version", 1)
                        .add("title", "taken over")
                        .add("boardReview", created.getJsonObject("boardReview"))
                        .build()
                        .toString());
        assertThat(save.status()).isEqualTo(403);
        assertThat(transition(aclu, id, "SUBMIT_FOR_REVIEW", "").status()).isEqualTo(403);
        assertThat(aclu.post(
                                "api/resolutions/" + id + "/comments",
                                "{\"versionNumber\":1,\"text\":\"Please add the ACLU test.\"}")
                        .status())
                .isEqualTo(201);
        // Harrington belongs to both coalitions: it sees the first one's resolution too, and edits none of it.
        var harrington = as(Demo.HARRINGTON_FILER);
        assertThat(harrington.get("api/resolutions/" + id).status()).isEqualTo(200);
        assertThat(transition(harrington, id, "ABANDON", "not ours").status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        var title = "Bad " + UUID.randomUUID();
        var api = as(Demo.SISTERS_FILER);
        long alphabet = company("GOOGL");

        var unknownKind = api.post(
                "api/resolutions",
                amazonDraft(title).add("kind", "PETITION").build().toString());
        assertThat(errors(unknownKind)).containsKey("kind");

        var otherCompanysMeeting = api.post(
                "api/resolutions",
                amazonDraft(title).add("companyId", alphabet).build().toString());
        assertThat(errors(otherCompanysMeeting)).containsKey("meetingId");

        var ownLeadFilerOnly = api.post(
                "api/resolutions",
                amazonDraft(title)
                        .add("leadFilerOrganizationId", organization(Demo.SISTERS_FILER, Demo.ACLU))
                        .build()
                        .toString());
        assertThat(errors(ownLeadFilerOnly)).containsKey("leadFilerOrganizationId");

        var outsider = organization(Demo.OTHER_COALITION_ADMIN, Demo.PENSION_FUND);
        var outsideTheCoalition = as(Demo.COALITION_ADMIN)
                .post(
                        "api/resolutions",
                        amazonDraft(title)
                                .add("leadFilerOrganizationId", outsider)
                                .build()
                                .toString());
        assertThat(errors(outsideTheCoalition)).containsKey("leadFilerOrganizationId");

        var emptyClause = api.post(
                "api/resolutions",
                amazonDraft(title)
                        .add("kind", "POLICY")
                        .add("resolvedClause", " ")
                        .build()
                        .toString());
        assertThat(errors(emptyClause)).containsKey("resolvedClause");

        var created = create(title + " ok");
        long id = created.getJsonNumber("id").longValue();
        var noVersion =
                api.post("api/resolutions/" + id + "/comments", "{\"versionNumber\":7,\"text\":\"on nothing\"}");
        assertThat(errors(noVersion)).containsKey("versionNumber");
        assertThat(errors(transition(api, id, "PUBLISH", ""))).containsKey("action");
        assertThat(errors(api.get("api/resolutions?state=SIGNED"))).containsKey("state");

        var list = api.get("api/resolutions?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .json();
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(api.get("api/resolutions/" + id + "/comments").structure().asJsonArray())
                .isEmpty();
    }

    @Test
    void withoutATokenResolutionsAre401AndTemplatesAreListed() throws Exception {
        assertThat(ApiClient.anonymous(base).get("api/resolutions").status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(base).get("api/coalitions").status()).isEqualTo(401);
        var templates =
                as(Demo.ACLU_MEMBER).get("api/resolution-templates").structure().asJsonArray();
        assertThat(templates.stream().map(v -> ((JsonString) v.asJsonObject().get("id")).getString()))
                .contains("amazon-2019-facial-recognition");
    }

    private ApiClient.Response transition(ApiClient api, long id, String action, String reason) throws Exception {
        return api.post(
                "api/resolutions/" + id + "/transitions",
                Json.createObjectBuilder()
                        .add("action", action)
                        .add("reason", reason)
                        .build()
                        .toString());
    }

    private static JsonObject errors(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().getJsonObject("errors");
    }
}
