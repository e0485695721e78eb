package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.cofile.domain.campaign.FormTraces;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10 through the API and the browser. Letters: organizations sign once, the coalition's admins approve who
 * prints, the PDF prints them, a delivered letter takes no more. Petitions: the coalition's admin starts a campaign
 * and a petition; the public signs
 * without an account, the signature counts only once confirmed from the mailed link (GreenMail), a reused link
 * changes nothing, one address counts once however it is written and however many requests race, the coalition
 * exports the confirmed signatures and no one else does, and erasure really removes a signature from the count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignsIT extends CoFilingSupport {

    private static final Pattern CONFIRM = Pattern.compile("petition-confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern ERASE = Pattern.compile("petition-erase\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

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

    private static String signature(String email, String contactConsent) {
        var body = Json.createObjectBuilder()
                .add("name", "Jane Doe")
                .add("email", email)
                .add("postcode", "94110")
                .add("country", "US");
        if (contactConsent != null) {
            body.add("contactConsent", contactConsent);
        }
        return body.build().toString();
    }

    private List<MimeMessage> mailsTo(String address) {
        return TestSmtp.mailsTo(SMTP, address);
    }

    private static String secret(MimeMessage mail, Pattern link) {
        var matcher = link.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertThat(matcher.find()).as("a link in the mail").isTrue();
        return matcher.group(1);
    }

    private long count(long petition) throws Exception {
        return ApiClient.anonymous(base)
                .get("api/public/petitions/" + petition)
                .json()
                .getJsonNumber("confirmedSignatures")
                .longValue();
    }

    private long petition() throws Exception {
        return campaignWithPetition()[1];
    }

    /** A new campaign and its petition: their ids. */
    private long[] campaignWithPetition() throws Exception {
        long coalition = coalition(Demo.COALITION_ADMIN, "Face Surveillance");
        var campaign = as(Demo.COALITION_ADMIN)
                .post(
                        "api/campaigns",
                        Json.createObjectBuilder()
                                .add("coalitionId", coalition)
                                .add("title", "No face surveillance " + UUID.randomUUID())
                                .add("goal", "Amazon, Google and Microsoft stop selling it to governments.")
                                .build()
                                .toString());
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        var created = as(Demo.COALITION_ADMIN)
                .post(
                        "api/campaigns/" + id(campaign.json()) + "/petitions",
                        "{\"title\":\"Stop selling face surveillance\",\"text\":\"We ask the companies to stop.\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new long[] {id(campaign.json()), id(created.json())};
    }

    /** A client address of its own for one test, in the range set aside for benchmarks (RFC 2544). */
    private static String clientAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static String signatureFor(String email) {
        return signature(email, "false");
    }

    /**
     * Abuse guards: an address on the block list and the eleventh signature of the hour from one client address are
     * held aside — the same 202, no mail, not counted — and the coalition's admins preview them by a filter, then
     * invalidate or release what the preview showed. No one else sees them.
     */
    @Test
    void suspiciousSignaturesAreHeldAsideAndTheAdminsInvalidateOrReleaseWhatTheyPreviewed() throws Exception {
        long[] ids = campaignWithPetition();
        long campaign = ids[0];
        long petition = ids[1];
        var admin = as(Demo.COALITION_ADMIN);
        var spam = "spam-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        var block = admin.post(
                "api/campaigns/" + campaign + "/block-list", "{\"entry\":\"" + spam + "\",\"note\":\"a wave\"}");
        assertThat(block.status()).as(block.body()).isEqualTo(201);
        assertThat(block.json().getString("entry")).isEqualTo(spam);
        assertThat(admin.post(
                                "api/campaigns/" + campaign + "/block-list",
                                "{\"entry\":\"@" + spam.toUpperCase() + "\"}")
                        .status())
                .as("the same entry written otherwise")
                .isEqualTo(409);
        var bad = admin.post("api/campaigns/" + campaign + "/block-list", "{\"entry\":\"not a domain\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonObject("errors").keySet()).containsExactly("entry");
        assertThat(as(Demo.SISTERS_FILER)
                        .get("api/campaigns/" + campaign + "/block-list")
                        .status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .get("api/campaigns/" + campaign + "/block-list")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base)
                        .get("api/campaigns/" + campaign + "/block-list")
                        .status())
                .isEqualTo(401);

        var client = ApiClient.anonymous(base).forwardedFor(clientAddress());
        var sign = "api/public/petitions/" + petition + "/signatures";
        var blocked = "bot@mail." + spam;
        var accepted = client.post(sign, signatureFor(blocked));
        assertThat(accepted.status()).isEqualTo(202);
        var people = new ArrayList<String>();
        for (int i = 1; i < 10; i++) {
            people.add("neighbour-" + i + "-" + UUID.randomUUID() + "@example.org");
            assertThat(client.post(sign, signatureFor(people.get(people.size() - 1)))
                            .body())
                    .isEqualTo(accepted.body());
        }
        var eleventh = "eleventh-" + UUID.randomUUID() + "@example.org";
        assertThat(client.post(sign, signatureFor(eleventh)).body())
                .as("held aside with the same answer")
                .isEqualTo(accepted.body());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> people.stream()
                .allMatch(p -> !mailsTo(p).isEmpty()));
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(blocked).isEmpty() && mailsTo(eleventh).isEmpty());

        var all = admin.get("api/petitions/" + petition + "/held");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().getJsonNumber("count").longValue()).isEqualTo(2);
        var byReason = all.json().getJsonObject("allHeldByReason");
        assertThat(byReason.getJsonNumber("BLOCK_LIST").longValue()).isEqualTo(1);
        assertThat(byReason.getJsonNumber("ADDRESS_RATE").longValue()).isEqualTo(1);
        assertThat(as(Demo.SISTERS_FILER)
                        .get("api/petitions/" + petition + "/held")
                        .status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .get("api/petitions/" + petition + "/held")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base)
                        .get("api/petitions/" + petition + "/held")
                        .status())
                .isEqualTo(401);
        assertThat(admin.get("api/petitions/" + petition + "/held?reason=GUESSING")
                        .status())
                .isEqualTo(400);
        assertThat(admin.post("api/petitions/" + petition + "/held/invalidation", "{}")
                        .status())
                .as("a decision names what its preview showed")
                .isEqualTo(400);

        var fromSpam =
                admin.get("api/petitions/" + petition + "/held?from=" + spam).json();
        assertThat(fromSpam.getJsonNumber("count").longValue()).isEqualTo(1);
        assertThat(fromSpam.getJsonArray("newest").getJsonObject(0).getString("email"))
                .isEqualTo(blocked);
        var invalidated = admin.post(
                "api/petitions/" + petition + "/held/invalidation",
                "{\"from\":\"" + spam + "\",\"upToId\":\"" + fromSpam.getJsonNumber("upToId") + "\"}");
        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(200);
        assertThat(invalidated.json().getInt("invalidated")).isEqualTo(1);

        var rate = admin.get("api/petitions/" + petition + "/held?reason=address-rate")
                .json();
        assertThat(rate.getJsonNumber("count").longValue()).isEqualTo(1);
        var released = admin.post(
                "api/petitions/" + petition + "/held/release",
                "{\"reason\":\"ADDRESS_RATE\",\"upToId\":\"" + rate.getJsonNumber("upToId") + "\"}");
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().getInt("released")).isEqualTo(1);
        assertThat(released.json().getJsonNumber("remaining").longValue()).isZero();
        var mail = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(eleventh), list -> !list.isEmpty())
                .get(0);
        assertThat(ApiClient.anonymous(base)
                        .post("api/public/signatures/confirm", "{\"token\":\"" + secret(mail, CONFIRM) + "\"}")
                        .status())
                .isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(petition) == 1);
        assertThat(admin.get("api/petitions/" + petition + "/held")
                        .json()
                        .getJsonNumber("count")
                        .longValue())
                .isZero();
    }

    /** Beyond a hundred requests an hour from one client address, signing is refused for the rest of the hour. */
    @Test
    void aClientAddressThatSignsWithoutEndIsRefusedUntilTheHourIsOver() throws Exception {
        long petition = petition();
        var client = ApiClient.anonymous(base).forwardedFor(clientAddress());
        var sign = "api/public/petitions/" + petition + "/signatures";
        ApiClient.Response last = null;
        int sent = 0;
        while (sent < 101) {
            last = client.post(sign, signatureFor("flood-" + sent + "-" + UUID.randomUUID() + "@example.org"));
            sent++;
            if (last.status() != 202) {
                break;
            }
        }
        assertThat(sent).as("the hundred-and-first is refused").isEqualTo(101);
        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.retryAfter())).isBetween(1L, 3600L);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(ApiClient.anonymous(base)
                        .forwardedFor(clientAddress())
                        .post(sign, signatureFor("someone-else-" + UUID.randomUUID() + "@example.org"))
                        .status())
                .as("another client signs on")
                .isEqualTo(202);
    }

    @Test
    void theCoalitionsAdminsRunCampaignsAndNoOneElse() throws Exception {
        long coalition = coalition(Demo.COALITION_ADMIN, "Face Surveillance");
        var body = "{\"coalitionId\":" + coalition + ",\"title\":\"Campaign\"}";
        assertThat(as(Demo.SISTERS_FILER).post("api/campaigns", body).status()).isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN).post("api/campaigns", body).status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base).post("api/campaigns", body).status())
                .isEqualTo(401);
        var untitled = as(Demo.COALITION_ADMIN).post("api/campaigns", "{\"coalitionId\":" + coalition + "}");
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.json().getJsonObject("errors").containsKey("title")).isTrue();

        long petition = petition();
        var campaignId =
                as(Demo.SISTERS_FILER).get("api/public/petitions/" + petition).status();
        assertThat(campaignId).isEqualTo(200);
        var other =
                as(Demo.OTHER_COALITION_ADMIN).download("api/petitions/" + petition + "/signatures.csv", "text/csv");
        assertThat(other.status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(base)
                        .download("api/petitions/" + petition + "/signatures.csv", "text/csv")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aSignatureCountsOnceConfirmedOnceAndIsErasedForGood() throws Exception {
        long petition = petition();
        var anonymous = ApiClient.anonymous(base);
        var page = anonymous.get("api/public/petitions/" + petition).json();
        assertThat(page.getJsonNumber("confirmedSignatures").longValue()).isZero();
        assertThat(page.getBoolean("open")).isTrue();

        var refused =
                anonymous.post("api/public/petitions/" + petition + "/signatures", signature("not an address", null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonObject("errors").keySet()).contains("email", "contactConsent");

        var name = "jane." + UUID.randomUUID().toString().substring(0, 8);
        var written = name + "+petition@gmail.com";
        var signed = anonymous.post("api/public/petitions/" + petition + "/signatures", signature(written, "false"));
        assertThat(signed.status()).as(signed.body()).isEqualTo(202);
        var mail = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(written), list -> !list.isEmpty())
                .get(0);
        assertThat(count(petition)).isZero();

        var confirm = "{\"token\":\"" + secret(mail, CONFIRM) + "\"}";
        var confirmed = anonymous.post("api/public/signatures/confirm", confirm);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(petition) == 1);
        // A reused link changes nothing; the same Gmail address written otherwise is the same signer.
        assertThat(anonymous.post("api/public/signatures/confirm", confirm).status())
                .isEqualTo(409);
        var again = anonymous.post(
                "api/public/petitions/" + petition + "/signatures",
                signature(name.replace(".", "") + "@gmail.com", "true"));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(signed.body());
        // Longer than the public count's freshness: it stays at one.
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> count(petition) == 1);

        var csv = as(Demo.SISTERS_FILER).download("api/petitions/" + petition + "/signatures.csv", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("Jane Doe", written);

        var erase = "{\"token\":\"" + secret(mail, ERASE) + "\"}";
        // Unsubscribing keeps the signature: no more mail or texts, and it still counts.
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("petition-unsubscribe.xhtml?token=");
        assertThat(anonymous.post("api/public/signatures/unsubscribe", erase).status())
                .isEqualTo(200);
        assertThat(anonymous
                        .post("api/public/signatures/unsubscribe", "{\"token\":\"not-a-link\"}")
                        .status())
                .isEqualTo(400);
        assertThat(new String(
                        as(Demo.SISTERS_FILER)
                                .download("api/petitions/" + petition + "/signatures.csv", "text/csv")
                                .bytes(),
                        StandardCharsets.UTF_8))
                .contains(written);
        assertThat(count(petition)).isEqualTo(1);
        assertThat(anonymous.post("api/public/signatures/erase", erase).status())
                .isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(petition) == 0);
        assertThat(new String(
                        as(Demo.SISTERS_FILER)
                                .download("api/petitions/" + petition + "/signatures.csv", "text/csv")
                                .bytes(),
                        StandardCharsets.UTF_8))
                .doesNotContain(written);
        assertThat(anonymous.post("api/public/signatures/erase", erase).status())
                .isEqualTo(400);
        assertThat(anonymous.post("api/public/signatures/confirm", confirm).status())
                .isEqualTo(400);
    }

    /** The unique key decides, not a look-up: eight requests at once with one address make one signature. */
    @Test
    void oneAddressRacingInEightRequestsSignsOnce() throws Exception {
        long petition = petition();
        var address = "racer-" + UUID.randomUUID() + "@example.org";
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> ApiClient.anonymous(base)
                        .post("api/public/petitions/" + petition + "/signatures", signature(address, "false"))
                        .status());
            }
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(202);
            }
        } finally {
            pool.shutdown();
        }
        // One signature: its first link, and a new link for a few of the later attempts, never more.
        // Every request has been answered: the mails they asked for are sent after their commits, within moments.
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(address).size(), n -> n >= 1 && n <= 3);
        var mails = mailsTo(address);
        var tokens = mails.stream().map(m -> secret(m, CONFIRM)).toList();
        int confirmedOnce = 0;
        for (var token : tokens) {
            int status = ApiClient.anonymous(base)
                    .post("api/public/signatures/confirm", "{\"token\":\"" + token + "\"}")
                    .status();
            if (status == 200) {
                confirmedOnce++;
            }
        }
        assertThat(confirmedOnce).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(petition) == 1);
        JsonObject page = ApiClient.anonymous(base)
                .get("api/public/petitions/" + petition)
                .json();
        assertThat(page.getString("title")).isEqualTo("Stop selling face surveillance");
    }

    /** Issue 10's browser test: a member of the public signs, confirms from the mail GreenMail received, sees the count. */
    @Test
    void aMemberOfThePublicSignsConfirmsFromTheMailAndSeesTheCounterMove() throws Exception {
        long petition = petition();
        var address = "public-" + UUID.randomUUID() + "@example.org";
        var browser = Browser.start();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            var session = new BrowserSession(browser, wait, url);
            browser.get(url + "petition.xhtml?id=" + petition);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("petitionTitle")));
            assertThat(browser.findElement(By.id("confirmedSignatures")).getText())
                    .isEqualTo("0");
            // The consent boxes start unticked: an answer the signer gives, never one assumed.
            for (var box : List.of("sign:contactConsent", "sign:smsConsent")) {
                assertThat(browser.findElement(By.id(box))
                                .findElement(By.cssSelector(".ui-chkbox-box"))
                                .getAttribute("class"))
                        .doesNotContain("ui-state-active");
            }
            session.type("sign:name", "Jane Public");
            session.type("sign:email", address);
            session.type("sign:postcode", "10001");
            session.type("sign:country", "US");
            session.check("sign:contactConsent");
            // A person takes a few seconds to fill the form; a form sent faster is held aside as a robot's.
            Thread.sleep(FormTraces.MIN_FILL_TIME.toMillis());
            session.submit("sign:save");
            assertThat(browser.findElement(By.id("signedMessage")).getText()).contains("sent a link");

            var mail = Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> mailsTo(address), list -> !list.isEmpty())
                    .get(0);
            browser.get(url + "petition-confirm.xhtml?token=" + secret(mail, CONFIRM));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link:confirm")));
            assertThat(count(petition))
                    .as("nothing changes until the signer presses the button")
                    .isZero();
            session.submit("link:confirm");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("confirmed");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("back"))).click();
            wait.until(d -> {
                d.navigate().refresh();
                return d.findElement(By.id("confirmedSignatures")).getText().equals("1");
            });
            Files.write(
                    Path.of("target", "petition-page.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    @Test
    void organizationsSignALetterOnceAndTheApprovedOnesPrint() throws Exception {
        long coalition = coalition(Demo.COALITION_ADMIN, "Face Surveillance");
        var campaign = as(Demo.COALITION_ADMIN)
                .post(
                        "api/campaigns",
                        "{\"coalitionId\":" + coalition + ",\"title\":\"Letters " + UUID.randomUUID() + "\"}");
        long company = companyOf.get(meeting(TODAY.plusDays(20)));
        var path = "api/campaigns/" + id(campaign.json()) + "/letters";
        var refused = as(Demo.COALITION_ADMIN).post(path, "{\"companyId\":" + company + ",\"addressees\":[]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonObject("errors").keySet()).contains("title", "addressees", "text");
        var body = Json.createObjectBuilder()
                .add("companyId", company)
                .add("title", "Coalition letter on face surveillance")
                .add(
                        "addressees",
                        Json.createArrayBuilder().add("Chief Executive Officer").add("General Counsel"))
                .add("text", "We write to ask that you stop selling face surveillance to governments.")
                .build()
                .toString();
        assertThat(as(Demo.SISTERS_FILER).post(path, body).status()).isEqualTo(403);
        var created = as(Demo.COALITION_ADMIN).post(path, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var letter = "api/letters/" + id(created.json());

        var aclu = as(Demo.ACLU_ORG_ADMIN)
                .post(letter + "/signatories", "{\"printedName\":\"ACLU of Northern California\"}");
        assertThat(aclu.status()).as(aclu.body()).isEqualTo(201);
        assertThat(as(Demo.ACLU_ORG_ADMIN).post(letter + "/signatories", "{}").status())
                .isEqualTo(409);
        assertThat(as(Demo.SISTERS_FILER).post(letter + "/signatories", "{}").status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .post(letter + "/signatories", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base).post(letter + "/signatories", "{}").status())
                .isEqualTo(401);
        assertThat(as(Demo.SISTERS_ORG_ADMIN)
                        .post(letter + "/signatories", "{}")
                        .status())
                .isEqualTo(201);

        long acluId = aclu.json().getJsonNumber("organizationId").longValue();
        assertThat(as(Demo.SISTERS_FILER)
                        .post(letter + "/signatories/" + acluId + "/approval", "")
                        .status())
                .isEqualTo(403);
        var approved = as(Demo.COALITION_ADMIN).post(letter + "/signatories/" + acluId + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getBoolean("approved")).isTrue();

        var pdf = as(Demo.SISTERS_FILER).download(letter + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.bytes())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Chief Executive Officer", "ACLU of Northern California", "Signed,");
            assertThat(text).doesNotContain(Demo.SISTERS);
        }

        var delivered = as(Demo.COALITION_ADMIN)
                .put(
                        letter + "/delivery",
                        "{\"deliveredOn\":\"" + TODAY + "\",\"to\":\"Office of the CEO\",\"how\":\"courier\"}");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(delivered.json().getString("deliveredOn")).isEqualTo(TODAY.toString());
        assertThat(as(Demo.ASSETS_ORG_ADMIN).post(letter + "/signatories", "{}").status())
                .isEqualTo(409);
    }

    private static String letterSet(String title, String text, long... companies) {
        var letters = Json.createArrayBuilder();
        for (long company : companies) {
            letters.add(Json.createObjectBuilder()
                    .add("companyId", company)
                    .add("addressees", Json.createArrayBuilder().add("Chief Executive Officer")));
        }
        return Json.createObjectBuilder()
                .add("title", title)
                .add("text", text)
                .add("letters", letters)
                .build()
                .toString();
    }

    private long newCampaign() throws Exception {
        long coalition = coalition(Demo.COALITION_ADMIN, "Face Surveillance");
        var campaign = as(Demo.COALITION_ADMIN)
                .post(
                        "api/campaigns",
                        "{\"coalitionId\":" + coalition + ",\"title\":\"Trio " + UUID.randomUUID() + "\"}");
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        return id(campaign.json());
    }

    /**
     * The trio of 2019: one text to three companies, each letter with the company's name where the text says
     * {company}; an organization signs the set once, a second time on any letter of it is 409, and the coalition's
     * admin approves it once for the whole set.
     */
    @Test
    void aLetterSetGoesToEachCompanyAndIsSignedAndApprovedAsAWhole() throws Exception {
        long campaign = newCampaign();
        var companies = new ArrayList<TestMeetings.Meeting>();
        for (int i = 0; i < 3; i++) {
            companies.add(TestMeetings.create(as(Demo.SISTERS_FILER), TODAY.plusDays(30)));
        }
        long[] ids =
                companies.stream().mapToLong(TestMeetings.Meeting::companyId).toArray();
        var path = "api/campaigns/" + campaign + "/letter-sets";
        var body = letterSet("Letter to {company}", "We ask {company} not to sell face surveillance.", ids);

        var twice = as(Demo.COALITION_ADMIN).post(path, letterSet("Letter", "Text", ids[0], ids[1], ids[0]));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().getJsonObject("errors").keySet()).containsExactly("letters[2].companyId");
        var unaddressed = as(Demo.COALITION_ADMIN)
                .post(
                        path,
                        "{\"title\":\"Letter\",\"text\":\"Text\",\"letters\":[{\"companyId\":" + ids[0]
                                + "},{\"companyId\":\"x\"},null]}");
        assertThat(unaddressed.status()).isEqualTo(400);
        assertThat(unaddressed.json().getJsonObject("errors").keySet()).contains("letters[1].companyId", "letters[2]");
        var unknown = as(Demo.COALITION_ADMIN).post(path, letterSet("Letter", "Text", ids[0], Long.MAX_VALUE));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getJsonObject("errors").keySet()).containsExactly("letters[1].companyId");
        assertThat(as(Demo.SISTERS_ORG_ADMIN).post(path, body).status()).isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN).post(path, body).status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(base).post(path, body).status()).isEqualTo(401);
        assertThat(as(Demo.COALITION_ADMIN)
                        .get("api/campaigns/" + campaign)
                        .json()
                        .getJsonArray("letters"))
                .as("a refused set leaves nothing behind")
                .isEmpty();

        var created = as(Demo.COALITION_ADMIN).post(path, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var letters = created.json().getJsonArray("letters");
        assertThat(letters).hasSize(3);
        for (int i = 0; i < 3; i++) {
            var letter = letters.getJsonObject(i);
            var name = companies.get(i).companyName();
            assertThat(letter.getString("title")).isEqualTo("Letter to " + name);
            assertThat(letter.getString("text")).isEqualTo("We ask " + name + " not to sell face surveillance.");
            assertThat(letter.getJsonNumber("setId").longValue())
                    .isEqualTo(created.json().getJsonNumber("id").longValue());
        }
        var view = as(Demo.SISTERS_FILER).get("api/campaigns/" + campaign).json();
        assertThat(view.getJsonArray("targets").stream()
                        .map(t -> t.asJsonObject().getString("name"))
                        .toList())
                .as("the letters' companies are the campaign's targets")
                .containsExactlyInAnyOrderElementsOf(companies.stream()
                        .map(TestMeetings.Meeting::companyName)
                        .toList());

        var first = "api/letters/" + id(letters.getJsonObject(0));
        var second = "api/letters/" + id(letters.getJsonObject(1));
        var signed = as(Demo.ACLU_ORG_ADMIN).post(second + "/signatories", "{\"printedName\":\"ACLU NorCal\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(as(Demo.ACLU_ORG_ADMIN).post(first + "/signatories", "{}").status())
                .as("the set was signed as a whole")
                .isEqualTo(409);
        long aclu = signed.json().getJsonNumber("organizationId").longValue();
        assertThat(as(Demo.SISTERS_ORG_ADMIN)
                        .post(first + "/signatories/" + aclu + "/approval", "")
                        .status())
                .isEqualTo(403);
        assertThat(as(Demo.COALITION_ADMIN)
                        .post(first + "/signatories/" + aclu + "/approval", "")
                        .status())
                .isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            var signatories = as(Demo.SISTERS_FILER)
                    .get("api/letters/" + id(letters.getJsonObject(i)))
                    .json()
                    .getJsonArray("signatories");
            assertThat(signatories).hasSize(1);
            assertThat(signatories.getJsonObject(0).getString("printedName")).isEqualTo("ACLU NorCal");
            assertThat(signatories.getJsonObject(0).getBoolean("approved")).isTrue();
        }
        var lines =
                as(Demo.SISTERS_FILER).get("api/campaigns/" + campaign).json().getJsonArray("letters");
        assertThat(lines.stream().map(l -> l.asJsonObject().getInt("approved")).toList())
                .containsExactly(1, 1, 1);
    }

    /**
     * A campaign carries the coalition's resolutions, and their companies become targets; its public page shows only
     * once published, and then no draft and no signer: the filed resolution, the petition's count, the letters.
     */
    @Test
    void aCampaignCarriesResolutionsAndItsPublicPageShowsWhatIsFiledOncePublished() throws Exception {
        long[] ids = campaignWithPetition();
        long campaign = ids[0];
        long filed = filedAtSisters();
        long approved = approvedAtSisters(meeting(TODAY.plusDays(25)));
        var admin = as(Demo.COALITION_ADMIN);
        var path = "api/campaigns/" + campaign;
        for (long resolution : new long[] {filed, approved}) {
            var included = admin.post(path + "/resolutions", "{\"resolutionId\":" + resolution + "}");
            assertThat(included.status()).as(included.body()).isEqualTo(200);
        }
        assertThat(admin.post(path + "/resolutions", "{\"resolutionId\":" + filed + "}")
                        .status())
                .isEqualTo(409);
        var unknown = admin.post(path + "/resolutions", "{\"resolutionId\":" + Long.MAX_VALUE + "}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getJsonObject("errors").keySet()).containsExactly("resolutionId");
        var include = "{\"resolutionId\":" + filed + "}";
        assertThat(as(Demo.SISTERS_FILER).post(path + "/resolutions", include).status())
                .isEqualTo(403);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .post(path + "/resolutions", include)
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(base)
                        .post(path + "/resolutions", include)
                        .status())
                .isEqualTo(401);

        var view = as(Demo.SISTERS_FILER).get(path).json();
        assertThat(view.getJsonArray("resolutions")).hasSize(2);
        assertThat(view.getJsonArray("targets")).hasSize(2);
        long filedCompany = view.getJsonArray("resolutions").stream()
                .map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("id").longValue() == filed)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("companyId")
                .longValue();
        assertThat(admin.delete(path + "/targets/" + filedCompany).status())
                .as("a company the campaign has a resolution at stays a target")
                .isEqualTo(409);

        var anonymous = ApiClient.anonymous(base);
        assertThat(anonymous.get("api/public/campaigns/" + campaign).status()).isEqualTo(404);
        assertThat(as(Demo.SISTERS_FILER)
                        .put(path + "/publication", "{\"published\":\"true\"}")
                        .status())
                .isEqualTo(403);
        var badFlag = admin.put(path + "/publication", "{\"published\":\"soon\"}");
        assertThat(badFlag.status()).isEqualTo(400);
        var published = admin.put(path + "/publication", "{\"published\":\"true\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().getBoolean("published")).isTrue();
        var page = anonymous.get("api/public/campaigns/" + campaign);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        var shown = page.json();
        assertThat(shown.getJsonArray("resolutions"))
                .as("the filed one, not the draft")
                .hasSize(1);
        assertThat(shown.getJsonArray("resolutions").getJsonObject(0).getString("state"))
                .isEqualTo("FILED");
        assertThat(shown.getJsonArray("petitions")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(ids[1]);
        assertThat(shown.getJsonArray("targets")).hasSize(2);
        assertThat(page.body()).doesNotContain("@").doesNotContain("held");

        assertThat(admin.delete(path + "/resolutions/" + filed).status()).isEqualTo(204);
        assertThat(admin.delete(path + "/targets/" + filedCompany).status()).isEqualTo(204);
        assertThat(anonymous.get("api/public/campaigns/" + campaign).json().getJsonArray("resolutions"))
                .isEmpty();
        assertThat(admin.put(path + "/publication", "{\"published\":\"false\"}").status())
                .isEqualTo(200);
        assertThat(anonymous.get("api/public/campaigns/" + campaign).status()).isEqualTo(404);
        assertThat(as(Demo.OTHER_COALITION_ADMIN)
                        .get(path + "/signatures-per-day")
                        .status())
                .isEqualTo(404);
        assertThat(as(Demo.SISTERS_FILER).get(path + "/signatures-per-day").jsonArray())
                .isEmpty();
    }

    /**
     * Letters in the portal: the coalition's admin writes one text to two companies, an organization's admin signs
     * the set on one letter's page, the admin approves it there; the campaign's dashboard charts the letters, and its
     * public page, once published, shows them to anyone.
     */
    @Test
    void lettersAreWrittenSignedAndApprovedInThePortal() throws Exception {
        long campaign = newCampaign();
        var amazon = TestMeetings.create(as(Demo.SISTERS_FILER), TODAY.plusDays(30));
        var google = TestMeetings.create(as(Demo.SISTERS_FILER), TODAY.plusDays(30));
        var browser = Browser.start();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            var session = new BrowserSession(browser, wait, url);
            session.signIn(Demo.COALITION_ADMIN);
            browser.get(url + "campaigns/view.xhtml?id=" + campaign);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letter:title")));
            session.type("letter:title", "Letter to {company}");
            session.type("letter:text", "We ask {company} not to sell face surveillance to governments.");
            session.complete("letter:rows:0:companyId", amazon.companyName(), amazon.companyName());
            session.type("letter:rows:0:addressees", "Chief Executive Officer");
            session.complete("letter:rows:1:companyId", google.companyName(), google.companyName());
            session.type("letter:rows:1:addressees", "Chief Executive Officer\nGeneral Counsel");
            session.submit("letter:save");
            assertThat(browser.findElement(By.id("letters:list")).getText())
                    .contains("Letter to " + amazon.companyName(), "Letter to " + google.companyName());
            var letters = as(Demo.COALITION_ADMIN)
                    .get("api/campaigns/" + campaign)
                    .json()
                    .getJsonArray("letters");
            assertThat(letters).hasSize(2);
            var byCompany = letters.stream()
                    .map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(l -> l.getString("company"), this::id));
            long amazonLetter = byCompany.get(amazon.companyName());
            long googleLetter = byCompany.get(google.companyName());
            session.signOut();

            session.signIn(Demo.ACLU_ORG_ADMIN);
            browser.get(url + "campaigns/letter.xhtml?id=" + googleLetter);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign:printedName")));
            assertThat(browser.findElement(By.id("sameSet")).getText()).contains(amazon.companyName());
            session.type("sign:printedName", "ACLU of Northern California");
            session.submit("sign:save");
            assertThat(browser.findElement(By.id("signedAlready")).getText()).contains("ACLU of Northern California");
            assertThat(browser.findElements(By.id("sign:save"))).isEmpty();
            session.signOut();

            session.signIn(Demo.COALITION_ADMIN);
            browser.get(url + "campaigns/letter.xhtml?id=" + amazonLetter);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signatories:list")));
            assertThat(browser.findElement(By.id("signatories:list")).getText())
                    .as("signed on the other letter of the set, it signed this one too")
                    .contains("ACLU of Northern California");
            session.submit("signatories:list:0:approve");
            assertThat(browser.findElement(By.id("signatories:list")).getText()).contains("Approved");
            browser.get(url + "campaigns/view.xhtml?id=" + campaign);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lettersChart canvas")));
            session.submit("publication:publish");
            session.signOut();

            browser.get(url + "campaign.xhtml?id=" + campaign);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letters")));
            assertThat(browser.findElement(By.id("letters")).getText())
                    .contains(amazon.companyName() + "): 1", google.companyName() + "): 1");
        } finally {
            browser.quit();
        }
    }

    /** The SMS provider's signature of a webhook body with the secret the test server is given (arquillian.xml). */
    private static String smsSignature(String body, String secret) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The petitions asked for consent to texts with a STOP path (issue 10): a signer's number is kept as E.164 however
     * it was typed, and a STOP the SMS provider reports from it — signed with the shared secret — withdraws consent
     * to texts on every signature with that number, which still counts. An unsigned or forged report changes nothing.
     */
    @Test
    void aStopRepliedToATextWithdrawsConsentToTextsAndKeepsTheSignature() throws Exception {
        long petition = petition();
        var anonymous = ApiClient.anonymous(base).forwardedFor(clientAddress());
        var email = "texts-" + UUID.randomUUID() + "@example.org";
        var line = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        var typed = "(628) " + String.valueOf(line).substring(0, 3) + "-"
                + String.valueOf(line).substring(3);
        var e164 = "+1628" + line;
        var body = Json.createObjectBuilder()
                .add("name", "Text Signer")
                .add("email", email)
                .add("postcode", "94110")
                .add("country", "US")
                .add("contactConsent", "false")
                .add("mobile", typed)
                .add("smsConsent", "true")
                .build()
                .toString();
        var wrongNumber =
                anonymous.post("api/public/petitions/" + petition + "/signatures", body.replace(typed, "555-0100"));
        assertThat(wrongNumber.status()).isEqualTo(400);
        assertThat(wrongNumber.json().getJsonObject("errors").keySet()).containsExactly("mobile");
        assertThat(anonymous
                        .post("api/public/petitions/" + petition + "/signatures", body)
                        .status())
                .isEqualTo(202);
        var mail = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(email), list -> !list.isEmpty())
                .get(0);
        assertThat(anonymous
                        .post("api/public/signatures/confirm", "{\"token\":\"" + secret(mail, CONFIRM) + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(exported(petition, email)).endsWith(",'" + e164 + ",true");

        var stop = "{\"from\":\"" + e164 + "\",\"text\":\" Stop \"}";
        var path = "api/public/text-replies";
        assertThat(anonymous.post(path, stop).status()).as("unsigned").isEqualTo(401);
        assertThat(anonymous
                        .post(path, stop, "X-Cofile-Signature", smsSignature(stop, "a guess"))
                        .status())
                .as("signed with another secret")
                .isEqualTo(401);
        var other = "{\"from\":\"" + e164 + "\",\"text\":\"Thanks!\"}";
        var thanks = anonymous.post(path, other, "X-Cofile-Signature", smsSignature(other, "it-sms-secret"));
        assertThat(thanks.status()).as(thanks.body()).isEqualTo(200);
        assertThat(thanks.json().getInt("signaturesStopped")).isZero();
        assertThat(exported(petition, email)).endsWith(",true");
        var badNumber = "{\"from\":\"628 555\",\"text\":\"STOP\"}";
        assertThat(anonymous
                        .post(path, badNumber, "X-Cofile-Signature", smsSignature(badNumber, "it-sms-secret"))
                        .status())
                .isEqualTo(400);

        var stopped = anonymous.post(path, stop, "X-Cofile-Signature", smsSignature(stop, "it-sms-secret"));
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().getBoolean("stop")).isTrue();
        assertThat(stopped.json().getInt("signaturesStopped")).isEqualTo(1);
        assertThat(exported(petition, email)).endsWith(",'" + e164 + ",false");
        assertThat(count(petition)).as("the signature still counts").isEqualTo(1);
    }

    /** The line of the coalition's CSV export for one signer. */
    private String exported(long petition, String email) throws Exception {
        var csv = as(Demo.SISTERS_FILER).download("api/petitions/" + petition + "/signatures.csv", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        return new String(csv.bytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains(email))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Who may do what with a campaign's fronts, endpoint by endpoint: a member who is no admin of the coalition is
     * refused (403), the admin of another coalition finds nothing (404), no token is 401; the portal's pages answer
     * another coalition 404, and the public page of an unpublished campaign is 404 to anyone.
     */
    @Test
    void theCampaignsFrontsAreTheCoalitionsAdminsToRunAndNoOneElses() throws Exception {
        long campaign = newCampaign();
        var company = TestMeetings.create(as(Demo.SISTERS_FILER), TODAY.plusDays(30));
        var path = "api/campaigns/" + campaign;
        var set =
                as(Demo.COALITION_ADMIN).post(path + "/letter-sets", letterSet("Letter", "Text", company.companyId()));
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        long letter = id(set.json().getJsonArray("letters").getJsonObject(0));
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(25)));
        var target = "{\"companyId\":" + company.companyId() + "}";
        var included = "{\"resolutionId\":" + resolution + "}";
        var published = "{\"published\":\"true\"}";
        record Call(String method, String path, String body) {}
        var writes = List.of(
                new Call("POST", path + "/targets", target),
                new Call("DELETE", path + "/targets/" + company.companyId(), null),
                new Call("POST", path + "/resolutions", included),
                new Call("DELETE", path + "/resolutions/" + resolution, null),
                new Call("PUT", path + "/publication", published),
                new Call("POST", path + "/letter-sets", letterSet("Letter", "Text", company.companyId())),
                new Call("POST", "api/letters/" + letter + "/signatories/1/approval", ""),
                new Call(
                        "PUT",
                        "api/letters/" + letter + "/delivery",
                        "{\"deliveredOn\":\"" + TODAY + "\",\"to\":\"CEO\"}"));
        for (var call : writes) {
            assertThat(send(as(Demo.SISTERS_FILER), call.method(), call.path(), call.body()))
                    .as("a member, no admin: " + call)
                    .isEqualTo(403);
            assertThat(send(as(Demo.OTHER_COALITION_ADMIN), call.method(), call.path(), call.body()))
                    .as("another coalition's admin: " + call)
                    .isEqualTo(404);
            assertThat(send(ApiClient.anonymous(base), call.method(), call.path(), call.body()))
                    .as("no token: " + call)
                    .isEqualTo(401);
        }
        for (var read : List.of(path, path + "/signatures-per-day", "api/letters/" + letter)) {
            assertThat(as(Demo.ACLU_MEMBER).get(read).status()).as(read).isEqualTo(200);
            assertThat(as(Demo.OTHER_COALITION_ADMIN).get(read).status())
                    .as(read)
                    .isEqualTo(404);
            assertThat(ApiClient.anonymous(base).get(read).status()).as(read).isEqualTo(401);
        }
        assertThat(as(Demo.COALITION_ADMIN)
                        .get("api/public/campaigns/" + campaign)
                        .status())
                .as("not published: not even the coalition sees a public page")
                .isEqualTo(404);

        var other = new PortalClient(base);
        other.signIn(Demo.OTHER_COALITION_ADMIN, Demo.PASSWORD);
        for (var page : List.of(
                "campaigns/view.xhtml?id=" + campaign,
                "campaigns/letter.xhtml?id=" + letter,
                "campaign.xhtml?id=" + campaign)) {
            assertThat(other.open(page).statusCode()).as(page).isEqualTo(404);
        }
        assertThat(new PortalClient(base).open("campaign.xhtml?id=" + campaign).statusCode())
                .isEqualTo(404);
    }

    private static int send(ApiClient client, String method, String path, String body) throws Exception {
        return switch (method) {
            case "POST" -> client.post(path, body).status();
            case "PUT" -> client.put(path, body).status();
            case "DELETE" -> client.delete(path).status();
            default -> throw new IllegalArgumentException(method);
        };
    }
}
