package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Co-filing through the API, on a company and meetings each test records for itself (dated from today, so that the
 * deadlines stay ahead whenever the suite runs): invitations and requests, holdings checked by the rules engine, proof
 * letters recognised by content, one proposal per proponent per meeting across coalitions, the filing with a dropped
 * co-filer, and the package. And who may see holdings and letters: the organization, the lead filer and the
 * coalition's admins, nobody else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoFilingApiIT {

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final LocalDate TODAY = TestMeetings.today();

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

    private long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private long organization(String name) throws Exception {
        var page = as(Demo.SISTERS_FILER)
                .get("api/organizations?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json();
        return id(page.getJsonArray("items").getJsonObject(0));
    }

    private long coalition(String email, String namePart) throws Exception {
        return as(email).get("api/coalitions").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").contains(namePart))
                .map(this::id)
                .findFirst()
                .orElseThrow();
    }

    /** A company of this test's own, with a meeting whose announced proposal deadline is {@code deadline}. */
    private long meeting(LocalDate deadline) throws Exception {
        var meeting = TestMeetings.create(as(Demo.SISTERS_FILER), deadline);
        companyOf.put(meeting.meetingId(), meeting.companyId());
        return meeting.meetingId();
    }

    private final Map<Long, Long> companyOf = new HashMap<>();

    /** An approved resolution for {@code meetingId}, drafted by {@code filer} for its organization. */
    private long approved(
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

    private ApiClient.Response transition(String email, long id, String action) throws Exception {
        var response = as(email)
                .post(
                        "api/resolutions/" + id + "/transitions",
                        Json.createObjectBuilder().add("action", action).build().toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private long approvedAtSisters(long meetingId) throws Exception {
        return approved(meetingId, Demo.SISTERS_FILER, Demo.SISTERS, Demo.COALITION_ADMIN, "Face Surveillance", false);
    }

    private ApiClient.Response invite(String email, long resolution, Long organizationId) throws Exception {
        var body = Json.createObjectBuilder();
        if (organizationId != null) {
            body.add("organizationId", organizationId);
        }
        return as(email)
                .post(
                        "api/resolutions/" + resolution + "/cofilers",
                        body.build().toString());
    }

    private ApiClient.Response decide(String email, long resolution, long organizationId, boolean accept)
            throws Exception {
        return as(email)
                .post(
                        "api/resolutions/" + resolution + "/cofilers/" + organizationId + "/decision",
                        Json.createObjectBuilder().add("accept", accept).build().toString());
    }

    /** A business day inside the 14a-8(b)(1)(iii) window of 10 to 30 days after a submission today. */
    private static LocalDate dayToMeet() {
        var day = TODAY.plusDays(12);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static String holding(String value, LocalDate heldSince, String dtc, LocalDate meetOn) {
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

    private ApiClient.Response record(String email, long resolution, long organizationId, String holding)
            throws Exception {
        return as(email).put("api/resolutions/" + resolution + "/cofilers/" + organizationId, holding);
    }

    /** A real one-page PDF saying what it is, as a custodian's letter would. */
    static byte[] letter(String text) throws IOException {
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

    private ApiClient.Response uploadProof(String email, long resolution, long organizationId, byte[] pdf)
            throws Exception {
        return as(email)
                .upload(
                        "api/resolutions/" + resolution + "/cofilers/" + organizationId + "/documents",
                        Map.of("kind", "PROOF_OF_OWNERSHIP"),
                        "file",
                        "proof.pdf",
                        pdf);
    }

    private JsonObject coFiler(String email, long resolution, long organizationId) throws Exception {
        return as(email).get("api/resolutions/" + resolution + "/cofilers").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("organizationId").longValue() == organizationId)
                .findFirst()
                .orElseThrow();
    }

    /** JSON-B leaves out what is null. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    @Test
    void theLeadFilerFilesWithOneCoFilerAfterDroppingTheOneThatIsNotEligible() throws Exception {
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        long sisters = organization(Demo.SISTERS);
        long triState = organization("Tri-State Coalition for Responsible Investment");
        long harrington = organization("Harrington Investments");

        assertThat(invite(Demo.SISTERS_FILER, resolution, triState).status()).isEqualTo(201);
        assertThat(invite(Demo.SISTERS_FILER, resolution, harrington).status()).isEqualTo(201);
        assertThat(decide(Demo.COALITION_ADMIN, resolution, triState, true).status())
                .isEqualTo(200);
        assertThat(decide(Demo.HARRINGTON_FILER, resolution, harrington, true).status())
                .isEqualTo(200);

        // 14a-8(b)(1)(i)(A): $2,000 held for 3 years; the lead filer and Tri-State meet it.
        var meetOn = dayToMeet();
        var lead = record(Demo.SISTERS_FILER, resolution, sisters, holding("5000", TODAY.minusYears(4), "226", meetOn));
        assertThat(lead.status()).as(lead.body()).isEqualTo(200);
        assertThat(lead.json().getJsonObject("holding").getString("dtcParticipant"))
                .isEqualTo("0226");
        var pending = lead.json().getJsonObject("eligibility");
        assertThat(pending.getBoolean("eligible")).isFalse();
        assertThat(pending.getJsonArray("missing").getJsonObject(0).getString("code"))
                .isEqualTo("PROOF_OF_OWNERSHIP");
        assertThat(uploadProof(Demo.SISTERS_FILER, resolution, sisters, letter("Proof of ownership: Sisters"))
                        .status())
                .isEqualTo(201);
        var verified = coFiler(Demo.SISTERS_FILER, resolution, sisters).getJsonObject("eligibility");
        assertThat(verified.getBoolean("eligible")).as(verified.toString()).isTrue();
        assertThat(verified.getString("tier")).isEqualTo("$2,000 / 3 years tier");

        assertThat(record(
                                Demo.COALITION_ADMIN,
                                resolution,
                                triState,
                                holding("3000", TODAY.minusYears(5), "15", meetOn))
                        .status())
                .isEqualTo(200);
        var triStateProof = uploadProof(Demo.COALITION_ADMIN, resolution, triState, letter("Proof: Tri-State"));
        assertThat(triStateProof.status()).as(triStateProof.body()).isEqualTo(201);
        assertThat(triStateProof.json().getString("sha256")).hasSize(64);
        assertThat(triStateProof.json().getString("contentType")).isEqualTo("application/pdf");

        // $1,000 for one year meets no tier of 14a-8(b)(1)(i), and the explanation says so.
        var small = record(
                Demo.HARRINGTON_FILER, resolution, harrington, holding("1000", TODAY.minusYears(1), "164", meetOn));
        assertThat(small.status()).isEqualTo(200);
        var notEligible = small.json().getJsonObject("eligibility");
        assertThat(notEligible.getString("status")).isEqualTo("NOT_ELIGIBLE");
        assertThat(notEligible.getString("explanation")).startsWith("Not eligible: no tier is met");
        assertThat(notEligible.getString("citation")).contains("(b)(1)(i)");

        var refused = as(Demo.SISTERS_FILER)
                .post(
                        "api/resolutions/" + resolution + "/filing",
                        Json.createObjectBuilder()
                                .add("submittedOn", TODAY.toString())
                                .add("deliveredBy", "EMAIL")
                                .build()
                                .toString());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("Harrington Investments");
        assertThat(as(Demo.SISTERS_FILER)
                        .get("api/resolutions/" + resolution)
                        .json()
                        .getString("state"))
                .isEqualTo("APPROVED");

        var filed = as(Demo.SISTERS_FILER)
                .post(
                        "api/resolutions/" + resolution + "/filing",
                        Json.createObjectBuilder()
                                .add("submittedOn", TODAY.toString())
                                .add("deliveredBy", "EMAIL")
                                .add(
                                        "drop",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("organizationId", harrington)
                                                        .add("reason", "Holding below every tier this year")))
                                .build()
                                .toString());
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(filed.json().getString("state")).isEqualTo("FILED");
        assertThat(filed.json().getString("submittedOn")).isEqualTo(TODAY.toString());
        assertThat(coFiler(Demo.SISTERS_FILER, resolution, harrington).getString("status"))
                .isEqualTo("DROPPED");

        var pdf = as(Demo.SISTERS_FILER).download("api/resolutions/" + resolution + "/filing-package");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Corporate Secretary", "Test company", "Rule 14a-8");
            assertThat(text).contains("Proponents", Demo.SISTERS, "Tri-State Coalition for Responsible Investment");
            assertThat(text).contains("Proof of ownership: Sisters", "Proof: Tri-State");
            assertThat(text).doesNotContain("Harrington Investments");
        }

        // Filing freezes the text: no new version, no new co-filer.
        var current =
                as(Demo.SISTERS_FILER).get("api/resolutions/" + resolution).json();
        var changed = Json.createObjectBuilder(current)
                .add("title", "Changed after filing")
                .build();
        var edit = as(Demo.SISTERS_FILER).put("api/resolutions/" + resolution, changed.toString());
        assertThat(edit.status()).as(edit.body()).isEqualTo(409);
        assertThat(invite(Demo.SISTERS_FILER, resolution, organization(Demo.ACLU))
                        .status())
                .isEqualTo(409);

        var receipt = as(Demo.SISTERS_FILER)
                .upload(
                        "api/resolutions/" + resolution + "/filing/acknowledgement",
                        Map.of("receivedOn", TODAY.toString()),
                        "file",
                        "receipt.pdf",
                        letter("Received, with thanks. The Corporate Secretary"));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        assertThat(as(Demo.SISTERS_FILER)
                        .get("api/resolutions/" + resolution)
                        .json()
                        .getString("receiptAcknowledgedOn"))
                .isEqualTo(TODAY.toString());
    }

    @Test
    void holdingsAndLettersAreSeenOnlyByTheOrganizationTheLeadFilerAndTheCoalitionsAdmins() throws Exception {
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        long harrington = organization("Harrington Investments");
        assertThat(invite(Demo.HARRINGTON_FILER, resolution, null).status()).isEqualTo(201);
        assertThat(decide(Demo.HARRINGTON_FILER, resolution, harrington, true).status())
                .isEqualTo(403);
        assertThat(decide(Demo.SISTERS_FILER, resolution, harrington, true).status())
                .isEqualTo(200);
        assertThat(record(
                                Demo.HARRINGTON_FILER,
                                resolution,
                                harrington,
                                holding("5000", TODAY.minusYears(4), "164", dayToMeet()))
                        .status())
                .isEqualTo(200);
        var upload = uploadProof(Demo.HARRINGTON_FILER, resolution, harrington, letter("Harrington proof"));
        assertThat(upload.status()).isEqualTo(201);
        long document = id(upload.json());

        for (var allowed : new String[] {Demo.HARRINGTON_FILER, Demo.SISTERS_FILER, Demo.COALITION_ADMIN}) {
            assertThat(coFiler(allowed, resolution, harrington).isNull("holding"))
                    .as(allowed)
                    .isFalse();
            assertThat(as(allowed).download("api/documents/" + document).status())
                    .as(allowed)
                    .isEqualTo(200);
        }
        // A member of the coalition who is neither: sees who co-files, not the holding or the letter.
        var seenByAclu = coFiler(Demo.ACLU_MEMBER, resolution, harrington);
        assertThat(seenByAclu.getString("status")).isEqualTo("JOINED");
        assertThat(absent(seenByAclu, "holding")).isTrue();
        assertThat(seenByAclu.getJsonArray("documents")).isEmpty();
        assertThat(as(Demo.ACLU_MEMBER).download("api/documents/" + document).status())
                .isEqualTo(404);
        assertThat(record(Demo.ACLU_ORG_ADMIN, resolution, harrington, holding("1", TODAY, "1", dayToMeet()))
                        .status())
                .isEqualTo(403);
        assertThat(invite(Demo.ACLU_ORG_ADMIN, resolution, harrington).status()).isEqualTo(403);
        // Another coalition: nothing exists.
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .get("api/resolutions/" + resolution + "/cofilers")
                        .status())
                .isEqualTo(404);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .download("api/documents/" + document)
                        .status())
                .isEqualTo(404);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .download("api/resolutions/" + resolution + "/filing-package")
                        .status())
                .isEqualTo(404);
        // No token.
        assertThat(ApiClient.anonymous(base)
                        .download("api/documents/" + document)
                        .status())
                .isEqualTo(401);
        assertThat(ApiClient.anonymous(base)
                        .get("api/resolutions/" + resolution + "/cofilers")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badInputIsRefusedWithItsFieldAndNothingIsHalfSaved() throws Exception {
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        long sisters = organization(Demo.SISTERS);
        String path = "api/resolutions/" + resolution + "/cofilers/" + sisters;

        var renamed = as(Demo.SISTERS_FILER)
                .upload(
                        path + "/documents",
                        Map.of("kind", "PROOF_OF_OWNERSHIP"),
                        "file",
                        "letter.pdf",
                        "This is a plain text file renamed .pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().getJsonObject("errors").getString("file")).contains("Only PDF files");
        var empty = as(Demo.SISTERS_FILER)
                .upload(path + "/documents", Map.of("kind", "PROOF_OF_OWNERSHIP"), "file", "empty.pdf", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        var damaged = as(Demo.SISTERS_FILER)
                .upload(
                        path + "/documents",
                        Map.of("kind", "PROOF_OF_OWNERSHIP"),
                        "file",
                        "damaged.pdf",
                        "%PDF-1.4\nnot really a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(damaged.status()).isEqualTo(400);
        var tooLarge = new byte[8 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 9);
        var large = as(Demo.SISTERS_FILER)
                .upload(path + "/documents", Map.of("kind", "PROOF_OF_OWNERSHIP"), "file", "large.pdf", tooLarge);
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.json().getJsonObject("errors").getString("file")).contains("larger than");
        var noKind = as(Demo.SISTERS_FILER).upload(path + "/documents", Map.of(), "file", "a.pdf", letter("x"));
        assertThat(noKind.status()).isEqualTo(400);
        var sisterRecord = coFiler(Demo.SISTERS_FILER, resolution, sisters);
        assertThat(sisterRecord.getJsonArray("documents")).isEmpty();
        assertThat(sisterRecord.getJsonObject("holding").getBoolean("proofOnFile"))
                .isFalse();

        var outside = record(
                Demo.SISTERS_FILER,
                resolution,
                sisters,
                holding("5000", TODAY.minusYears(4), "226", TODAY.plusDays(45)));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().getJsonObject("errors").getString("availability[0].date"))
                .contains("14a-8(b)(1)(iii)");
        var badDtc = record(
                Demo.SISTERS_FILER, resolution, sisters, holding("5000", TODAY.minusYears(4), "12345", dayToMeet()));
        assertThat(badDtc.status()).isEqualTo(400);
        assertThat(badDtc.json().getJsonObject("errors").getString("dtcParticipant"))
                .contains("DTC");
        var badNumbers = as(Demo.SISTERS_FILER).put(path, "{\"shares\":\"many\",\"heldSince\":\"yesterday\"}");
        assertThat(badNumbers.status()).isEqualTo(400);
        assertThat(badNumbers.json().getJsonObject("errors").keySet()).contains("shares", "heldSince");
        assertThat(absent(coFiler(Demo.SISTERS_FILER, resolution, sisters).getJsonObject("holding"), "shares"))
                .isTrue();

        var noAnswer = as(Demo.SISTERS_FILER)
                .post("api/resolutions/" + resolution + "/cofilers/" + sisters + "/decision", "{}");
        assertThat(noAnswer.status()).isEqualTo(400);
        var badMethod = as(Demo.SISTERS_FILER)
                .post(
                        "api/resolutions/" + resolution + "/filing",
                        "{\"submittedOn\":\"2026-13-01\",\"deliveredBy\":\"PIGEON\"}");
        assertThat(badMethod.status()).isEqualTo(400);
        assertThat(badMethod.json().getJsonObject("errors").keySet()).contains("submittedOn", "deliveredBy");
    }

    @Test
    void coFilingClosesWithTheFilingDeadline() throws Exception {
        long resolution = approved(
                meeting(TODAY.minusDays(1)),
                Demo.SISTERS_FILER,
                Demo.SISTERS,
                Demo.COALITION_ADMIN,
                "Face Surveillance",
                true);
        var late = invite(Demo.SISTERS_FILER, resolution, organization("Harrington Investments"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("Co-filing closed with the filing deadline");
        assertThat(invite(Demo.HARRINGTON_FILER, resolution, null).status()).isEqualTo(409);
    }

    @Test
    void oneProposalPerProponentPerMeetingAcrossCoalitions() throws Exception {
        long meeting = meeting(TODAY.plusDays(20));
        long harrington = organization("Harrington Investments");
        long first = approvedAtSisters(meeting);
        assertThat(invite(Demo.SISTERS_FILER, first, harrington).status()).isEqualTo(201);
        assertThat(decide(Demo.HARRINGTON_FILER, first, harrington, true).status())
                .isEqualTo(200);

        // The same lead filer cannot have a second proposal approved for the meeting.
        var second = Json.createObjectBuilder()
                .add("coalitionId", coalition(Demo.SISTERS_FILER, "Face Surveillance"))
                .add("companyId", companyOf.get(meeting))
                .add("meetingId", meeting)
                .add("kind", "BOARD_REVIEW")
                .add("templateId", "amazon-2019-facial-recognition")
                .add("title", "Second " + UUID.randomUUID())
                .add("leadFilerOrganizationId", organization(Demo.SISTERS))
                .build();
        long secondId = id(as(Demo.SISTERS_FILER)
                .post("api/resolutions", second.toString())
                .json());
        transition(Demo.SISTERS_FILER, secondId, "SUBMIT_FOR_REVIEW");
        var approval = as(Demo.COALITION_ADMIN)
                .post(
                        "api/resolutions/" + secondId + "/transitions",
                        Json.createObjectBuilder()
                                .add("action", "APPROVE")
                                .build()
                                .toString());
        assertThat(approval.status()).isEqualTo(409);
        assertThat(approval.json().getString("detail")).contains("14a-8(c)");
        assertThat(as(Demo.SISTERS_FILER)
                        .get("api/resolutions/" + secondId)
                        .json()
                        .getString("state"))
                .isEqualTo("IN_REVIEW");

        // Harrington is in the other coalition too: joining its proposal for the same meeting is refused.
        long pensionFund = id(as(Demo.OTHER_COALITION_ADMIN)
                .get("api/organizations?name=" + URLEncoder.encode(Demo.PENSION_FUND, StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getJsonObject(0));
        var other = Json.createObjectBuilder()
                .add("coalitionId", coalition(Demo.OTHER_COALITION_ADMIN, "Workers"))
                .add("companyId", companyOf.get(meeting))
                .add("meetingId", meeting)
                .add("kind", "BOARD_REVIEW")
                .add("templateId", "amazon-2019-facial-recognition")
                .add("title", "Other coalition " + UUID.randomUUID())
                .add("leadFilerOrganizationId", pensionFund)
                .build();
        var otherCreated = as(Demo.OTHER_COALITION_ADMIN).post("api/resolutions", other.toString());
        assertThat(otherCreated.status()).as(otherCreated.body()).isEqualTo(201);
        long otherId = id(otherCreated.json());
        transition(Demo.OTHER_COALITION_ADMIN, otherId, "SUBMIT_FOR_REVIEW");
        transition(Demo.OTHER_COALITION_ADMIN, otherId, "APPROVE");
        assertThat(invite(Demo.OTHER_COALITION_ADMIN, otherId, harrington).status())
                .isEqualTo(201);
        var twice = decide(Demo.HARRINGTON_FILER, otherId, harrington, true);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("detail"))
                .contains("Harrington Investments is already a proponent of another proposal")
                .doesNotContain("Co-filed");
        assertThat(coFiler(Demo.OTHER_COALITION_ADMIN, otherId, harrington).getString("status"))
                .isEqualTo("INVITED");
    }
}
