package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
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
class CoFilingApiIT extends CoFilingSupport {

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

        var refused = fileToday(resolution, Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("Harrington Investments");
        assertThat(as(Demo.SISTERS_FILER)
                        .get("api/resolutions/" + resolution)
                        .json()
                        .getString("state"))
                .isEqualTo("APPROVED");

        var filed = fileToday(resolution, Map.of(harrington, "Holding below every tier this year"));
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

    private ApiClient.Response importHoldings(String email, String csv, Map<String, String> fields) throws Exception {
        return as(email)
                .upload("api/holdings/import", fields, "file", "holdings.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void holdingsImportedFromACustodiansCsvFillTheCoFilingOnlyOnceTheWholeFileIsValid() throws Exception {
        long meeting = meeting(TODAY.plusDays(20));
        long resolution = approvedAtSisters(meeting);
        long harrington = organization("Harrington Investments");
        assertThat(invite(Demo.SISTERS_FILER, resolution, harrington).status()).isEqualTo(201);
        assertThat(decide(Demo.HARRINGTON_FILER, resolution, harrington, true).status())
                .isEqualTo(200);
        var ticker = as(Demo.HARRINGTON_FILER)
                .get("api/companies/" + companyOf.get(meeting))
                .json()
                .getString("ticker");
        var lots = "Symbol;Quantity;Acquired;Market Value;Custodian;DTC #\n"
                + ticker + ";60;" + TODAY.minusYears(4) + ";\"3,000.00\";Example Trust Company;226\n"
                + ticker + ";40;3/1/" + TODAY.minusYears(3).getYear() + ";2000;Example Trust Company;226\n"
                + "ZZZZZ;10;2020-01-02;500;Example Trust Company;226\n";
        var broken = lots + ticker + ";many;31/31/2020;;Example Trust Company;12345\n";

        // The preview reads every row, names each error by its line and field, and changes nothing.
        var preview = importHoldings(Demo.HARRINGTON_FILER, broken, Map.of());
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        var json = preview.json();
        assertThat(json.getBoolean("valid")).isFalse();
        assertThat(json.getBoolean("imported")).isFalse();
        assertThat(json.getJsonObject("mapping").getString("ticker")).isEqualTo("Symbol");
        assertThat(json.getJsonObject("mapping").getString("dtcParticipant")).isEqualTo("DTC #");
        var rows = json.getJsonArray("rows");
        assertThat(rows).hasSize(4);
        var badRow = rows.getJsonObject(3);
        assertThat(badRow.getInt("line")).isEqualTo(5);
        assertThat(badRow.getJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("shares", "heldSince", "highestPrice", "dtcParticipant");
        assertThat(rows.getJsonObject(0).getJsonArray("fills")).hasSize(1);
        assertThat(rows.getJsonObject(2).containsKey("company")).isFalse();
        assertThat(absent(coFiler(Demo.HARRINGTON_FILER, resolution, harrington), "holding")
                        || absent(
                                coFiler(Demo.HARRINGTON_FILER, resolution, harrington)
                                        .getJsonObject("holding"),
                                "shares"))
                .isTrue();

        // Confirming a file with an invalid row imports nothing.
        var refused = importHoldings(Demo.HARRINGTON_FILER, broken, Map.of("confirm", "true"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonObject("errors").keySet()).contains("line 5.shares");
        assertThat(absent(coFiler(Demo.HARRINGTON_FILER, resolution, harrington).getJsonObject("holding"), "shares"))
                .isTrue();

        // The valid file: two lots at one custodian are one holding, held since the later purchase.
        var imported = importHoldings(Demo.HARRINGTON_FILER, lots, Map.of("confirm", "true"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getBoolean("imported")).isTrue();
        var holding = coFiler(Demo.HARRINGTON_FILER, resolution, harrington).getJsonObject("holding");
        assertThat(new BigDecimal(holding.getString("shares"))).isEqualByComparingTo("100");
        assertThat(holding.getString("heldSince"))
                .isEqualTo(LocalDate.of(TODAY.minusYears(3).getYear(), 3, 1).toString());
        assertThat(new BigDecimal(holding.getString("value"))).isEqualByComparingTo("5000");
        assertThat(holding.getString("custodian")).isEqualTo("Example Trust Company");
        assertThat(holding.getString("dtcParticipant")).isEqualTo("0226");

        // A mapping names the file's columns; a column the file lacks is refused by name.
        var mapped =
                importHoldings(Demo.HARRINGTON_FILER, lots.replace("Symbol", "Security"), Map.of("ticker", "Security"));
        assertThat(mapped.status()).isEqualTo(200);
        assertThat(mapped.json().getBoolean("valid")).isTrue();
        var missing = importHoldings(Demo.HARRINGTON_FILER, lots, Map.of("ticker", "Nope"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getJsonObject("errors").keySet()).contains("mapping.ticker");

        // Not a CSV export, no file, a member who does not file, no token.
        var notCsv = importHoldings(
                Demo.HARRINGTON_FILER, "Symbol,Quantity,Acquired,Value\n\"ABC,2,2020-01-02,5\n", Map.of());
        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(notCsv.json().getJsonObject("errors").keySet()).contains("file");
        assertThat(importHoldings(Demo.HARRINGTON_FILER, "", Map.of()).status()).isEqualTo(400);
        assertThat(importHoldings(Demo.ACLU_MEMBER, lots, Map.of("confirm", "true"))
                        .status())
                .isEqualTo(403);
        assertThat(new ApiClient(base, "cof_not_a_token")
                        .upload("api/holdings/import", Map.of(), "file", "h.csv", lots.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(401);
    }

    private static final Pattern FEED_ADDRESS = Pattern.compile("<code id=\"feedAddress\">([^<]+)</code>");

    /** Makes or resets the member's feed address on the calendar page, as the member does. */
    private String feedAddress(PortalClient portal) throws Exception {
        portal.open("calendar.xhtml");
        var page = portal.submit("feed", Map.of(), "reset");
        var matcher = FEED_ADDRESS.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return matcher.group(1).strip();
    }

    private static HttpResponse<String> fetch(String address) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFilingDeadlineIsOnTheDashboardTheCalendarAndThePersonalFeedWhichCanBeReset() throws Exception {
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        var title = as(Demo.SISTERS_FILER)
                .get("api/resolutions/" + resolution)
                .json()
                .getString("title");
        var deadline = TODAY.plusDays(20);
        var sisters = new PortalClient(base);
        sisters.signIn(Demo.SISTERS_FILER, Demo.PASSWORD);
        assertThat(sisters.open("dashboard.xhtml").body()).contains(title);
        assertThat(sisters.open("calendar.xhtml").body()).contains(title, deadline.toString());

        var address = feedAddress(sisters);
        assertThat(address).endsWith(".ics").contains("/calendar/");
        var feed = fetch(address);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        var unfolded = feed.body().replace("\r\n ", "");
        assertThat(unfolded)
                .startsWith("BEGIN:VCALENDAR")
                .contains("SUMMARY:Filing deadline: " + title)
                .contains("DTSTART;VALUE=DATE:" + deadline.toString().replace("-", ""))
                .contains("UID:cofile-filing_deadline-" + resolution + "@cofile");

        // A reset address replaces the old one at once; a made-up one is no feed at all.
        var renewed = feedAddress(sisters);
        assertThat(renewed).isNotEqualTo(address);
        assertThat(fetch(address).statusCode()).isEqualTo(404);
        assertThat(fetch(renewed).statusCode()).isEqualTo(200);
        assertThat(fetch(base + "calendar/not-a-secret.ics").statusCode()).isEqualTo(404);
        assertThat(fetch(base + "calendar/").statusCode()).isEqualTo(404);

        // Another organization's feed does not show a resolution it has no part in.
        var harrington = new PortalClient(base);
        harrington.signIn(Demo.HARRINGTON_FILER, Demo.PASSWORD);
        assertThat(fetch(feedAddress(harrington)).body()).doesNotContain(title);
        assertThat(harrington.open("calendar.xhtml").body()).doesNotContain(title);
    }

    @Test
    void theCoFilingPagesShowAHoldingOnlyToThoseWhoMaySeeItAndNothingToOthers() throws Exception {
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        long sisters = organization(Demo.SISTERS);
        var custodian = "Distinctive Custodian " + UUID.randomUUID();
        var holding =
                holding("5000", TODAY.minusYears(4), "226", dayToMeet()).replace("Example Trust Company", custodian);
        assertThat(record(Demo.SISTERS_FILER, resolution, sisters, holding).status())
                .isEqualTo(200);
        var page = "resolutions/cofilers.xhtml?id=" + resolution;

        var lead = new PortalClient(base);
        lead.signIn(Demo.SISTERS_FILER, Demo.PASSWORD);
        assertThat(lead.open(page).body()).contains(custodian, "Download the filing package");

        // A member of another organization of the coalition sees who co-files, not the holding; no filing actions.
        var member = new PortalClient(base);
        member.signIn(Demo.ACLU_MEMBER, Demo.PASSWORD);
        var seen = member.open(page);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains(Demo.SISTERS).doesNotContain(custodian, "Download the filing package");

        // Another coalition: no such page. No session: the sign-in page.
        var other = new PortalClient(base);
        other.signIn(Demo.OTHER_COALITION_ADMIN, Demo.PASSWORD);
        assertThat(other.get(page).statusCode()).isEqualTo(404);
        var anonymous = new PortalClient(base);
        for (var path : List.of(page, "calendar.xhtml", "organizations/holdings.xhtml")) {
            var response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).contains("login.xhtml");
        }
    }
}
