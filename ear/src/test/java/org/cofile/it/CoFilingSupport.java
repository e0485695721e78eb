package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * What the co-filing tests share: API clients per demo member with their tokens issued once per run, the demo
 * organizations and coalitions by name, meetings and approved resolutions of each test's own, the co-filing calls,
 * and real PDF letters.
 */
abstract class CoFilingSupport {

    private static final Map<String, String> TOKENS = new HashMap<>();
    protected static final LocalDate TODAY = TestMeetings.today();

    protected URI base;

    protected ApiClient as(String email) throws Exception {
        // Keyed by server too: RestartIT's server has a database of its own on H2.
        var key = base + " " + email;
        var token = TOKENS.get(key);
        if (token == null) {
            token = ApiClient.issueToken(new PortalClient(base), email);
            TOKENS.put(key, token);
        }
        return new ApiClient(base, token);
    }

    protected long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    protected long organization(String name) throws Exception {
        var page = as(Demo.SISTERS_FILER)
                .get("api/organizations?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json();
        return id(page.getJsonArray("items").getJsonObject(0));
    }

    protected long coalition(String email, String namePart) throws Exception {
        return as(email).get("api/coalitions").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").contains(namePart))
                .map(this::id)
                .findFirst()
                .orElseThrow();
    }

    /** A company of this test's own, with a meeting whose announced proposal deadline is {@code deadline}. */
    protected long meeting(LocalDate deadline) throws Exception {
        var meeting = TestMeetings.create(as(Demo.SISTERS_FILER), deadline);
        companyOf.put(meeting.meetingId(), meeting.companyId());
        return meeting.meetingId();
    }

    protected final Map<Long, Long> companyOf = new HashMap<>();

    /** An approved resolution for {@code meetingId}, drafted by {@code filer} for its organization. */
    protected long approved(
            long meetingId, String filer, String organization, String coalitionAdmin, String coalition, boolean closed)
            throws Exception {
        var draft = Json.createObjectBuilder()
                .add("coalitionId", coalition(filer, coalition))
                .add("companyId", companyOf.get(meetingId))
                .add("meetingId", meetingId)
                .add("kind", "BOARD_REVIEW")
                .add("templateId", "amazon-2019-facial-recognition")
                .add("title", "Co-filed " + UUID.randomUUID())
                .add("leadFilerOrganizationId", organization(organization))
                .build();
        var created = as(filer).post("api/resolutions", draft.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = id(created.json());
        transition(filer, id, "SUBMIT_FOR_REVIEW");
        transition(coalitionAdmin, id, "APPROVE");
        if (closed) {
            return id;
        }
        // The proponents' holdings and offers to meet are checked against the day the lead filer plans to submit.
        var plan = as(filer)
                .put(
                        "api/resolutions/" + id + "/filing-plan",
                        Json.createObjectBuilder()
                                .add("plannedSubmissionOn", TODAY.toString())
                                .build()
                                .toString());
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.json().getString("plannedSubmissionOn")).isEqualTo(TODAY.toString());
        return id;
    }

    protected ApiClient.Response transition(String email, long id, String action) throws Exception {
        var response = as(email)
                .post(
                        "api/resolutions/" + id + "/transitions",
                        Json.createObjectBuilder().add("action", action).build().toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    protected long approvedAtSisters(long meetingId) throws Exception {
        return approved(meetingId, Demo.SISTERS_FILER, Demo.SISTERS, Demo.COALITION_ADMIN, "Face Surveillance", false);
    }

    /** A resolution of the Sisters filed today, its meeting in six months. */
    protected long filedAtSisters() throws Exception {
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        long sisters = organization(Demo.SISTERS);
        assertThat(record(
                                Demo.SISTERS_FILER,
                                resolution,
                                sisters,
                                holding("5000", TODAY.minusYears(4), "226", dayToMeet()))
                        .status())
                .isEqualTo(200);
        assertThat(uploadProof(Demo.SISTERS_FILER, resolution, sisters, letter("Proof letter of the Sisters"))
                        .status())
                .isEqualTo(201);
        var filing = fileToday(resolution, Map.of());
        assertThat(filing.status()).as(filing.body()).isEqualTo(200);
        return resolution;
    }

    /** The Sisters' filer files {@code resolution} today by e-mail, dropping each organization named with its reason. */
    protected ApiClient.Response fileToday(long resolution, Map<Long, String> drop) throws Exception {
        var dropped = Json.createArrayBuilder();
        drop.forEach((organization, reason) -> dropped.add(
                Json.createObjectBuilder().add("organizationId", organization).add("reason", reason)));
        return as(Demo.SISTERS_FILER)
                .post(
                        "api/resolutions/" + resolution + "/filing",
                        Json.createObjectBuilder()
                                .add("submittedOn", TODAY.toString())
                                .add("deliveredBy", "EMAIL")
                                .add("drop", dropped)
                                .build()
                                .toString());
    }

    protected ApiClient.Response invite(String email, long resolution, Long organizationId) throws Exception {
        var body = Json.createObjectBuilder();
        if (organizationId != null) {
            body.add("organizationId", organizationId);
        }
        return as(email)
                .post(
                        "api/resolutions/" + resolution + "/cofilers",
                        body.build().toString());
    }

    protected ApiClient.Response decide(String email, long resolution, long organizationId, boolean accept)
            throws Exception {
        return as(email)
                .post(
                        "api/resolutions/" + resolution + "/cofilers/" + organizationId + "/decision",
                        Json.createObjectBuilder().add("accept", accept).build().toString());
    }

    /** A business day inside the 14a-8(b)(1)(iii) window of 10 to 30 days after a submission today. */
    protected static LocalDate dayToMeet() {
        var day = TODAY.plusDays(12);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    protected static String holding(String value, LocalDate heldSince, String dtc, LocalDate meetOn) {
        return Json.createObjectBuilder()
                .add("shares", "100")
                .add("heldSince", heldSince.toString())
                .add("value", value)
                .add("custodian", "Example Trust Company")
                .add("dtcParticipant", dtc)
                .add("proofCoversThrough", TODAY.plusDays(30).toString())
                .add("intendsToHold", true)
                .add(
                        "availability",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("date", meetOn.toString())
                                        .add("from", "10:00")
                                        .add("to", "12:00")))
                .add("contact", "Jane Doe, +1 212 555 0100, jane@example.org")
                .build()
                .toString();
    }

    protected ApiClient.Response record(String email, long resolution, long organizationId, String holding)
            throws Exception {
        return as(email).put("api/resolutions/" + resolution + "/cofilers/" + organizationId, holding);
    }

    /** A real one-page PDF saying what it is, as a custodian's letter would. */
    protected static byte[] letter(String text) throws IOException {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    protected ApiClient.Response uploadProof(String email, long resolution, long organizationId, byte[] pdf)
            throws Exception {
        return as(email)
                .upload(
                        "api/resolutions/" + resolution + "/cofilers/" + organizationId + "/documents",
                        Map.of("kind", "PROOF_OF_OWNERSHIP"),
                        "file",
                        "proof.pdf",
                        pdf);
    }

    protected JsonObject coFiler(String email, long resolution, long organizationId) throws Exception {
        return as(email).get("api/resolutions/" + resolution + "/cofilers").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("organizationId").longValue() == organizationId)
                .findFirst()
                .orElseThrow();
    }

    /** JSON-B leaves out what is null. */
    protected static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }
}
