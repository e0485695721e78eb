package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifications (issue 9): the coalition's admin approves a resolution of the Sisters; its members are told in the
 * portal, with the unread count, and by mail as each chose (at once, in the daily digest, not at all); a member of
 * the coalition who files nothing on it, and another coalition, are not told. The dispatcher runs every two seconds
 * here (arquillian.xml); mail goes to GreenMail on the port the server is given.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT extends CoFilingSupport {

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

    /** The demo members are shared with other tests: the org admin gets back the default. */
    @AfterEach
    void restoreTheDefault() throws Exception {
        as(Demo.SISTERS_ORG_ADMIN).put("api/notifications/settings", "{\"mail\":\"IMMEDIATE\"}");
    }

    private List<MimeMessage> mailsAbout(String recipient, String title) {
        return TestSmtp.mailsTo(SMTP, recipient, m -> m.getSubject().contains(title));
    }

    private Optional<JsonObject> told(String email, long resolution) throws Exception {
        return as(email).get("api/notifications").json().getJsonArray("notifications").stream()
                .map(v -> v.asJsonObject())
                .filter(n -> n.getJsonNumber("resolutionId").longValue() == resolution
                        && n.getString("kind").equals("APPROVED"))
                .findFirst();
    }

    @Test
    void theSistersAreToldOfTheApprovalAsEachChoseAndNoOneElseIs() throws Exception {
        assertThat(as(Demo.SISTERS_ORG_ADMIN)
                        .put("api/notifications/settings", "{\"mail\":\"DAILY_DIGEST\"}")
                        .json()
                        .getString("mail"))
                .isEqualTo("DAILY_DIGEST");
        var refused = as(Demo.SISTERS_ORG_ADMIN).put("api/notifications/settings", "{\"mail\":\"HOURLY\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(ApiClient.anonymous(base).get("api/notifications").status()).isEqualTo(401);

        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        var title = as(Demo.SISTERS_FILER)
                .get("api/resolutions/" + resolution)
                .json()
                .getString("title");

        // At once, by mail and in the portal, to the filer: the admin's approval is news to the lead filer.
        var mail = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> mailsAbout(Demo.SISTERS_FILER, title), list -> !list.isEmpty())
                .get(0);
        assertThat(mail.getSubject()).contains("approved");
        assertThat(GreenMailUtil.getBody(mail))
                .contains("resolutions/view.xhtml?id=" + resolution, "notifications.xhtml");
        var notification = told(Demo.SISTERS_FILER, resolution).orElseThrow();
        assertThat(notification.getBoolean("read")).isFalse();
        assertThat(notification.getString("text")).contains("Coalition Admin", "approved");
        var inbox = as(Demo.SISTERS_FILER).get("api/notifications").json();
        assertThat(inbox.getJsonNumber("unread").longValue()).isPositive();

        // The org admin chose the digest: told in the portal, not mailed now.
        assertThat(told(Demo.SISTERS_ORG_ADMIN, resolution)).isPresent();
        assertThat(mailsAbout(Demo.SISTERS_ORG_ADMIN, title)).isEmpty();
        // Neither the ACLU (in the coalition, not filing it) nor the other coalition, nor the admin who approved.
        assertThat(told(Demo.ACLU_MEMBER, resolution)).isEmpty();
        assertThat(told(Demo.OTHER_COALITION_ADMIN, resolution)).isEmpty();
        assertThat(told(Demo.COALITION_ADMIN, resolution)).isEmpty();

        // The portal shows the unread count in the header and the notification on its page.
        var portal = new PortalClient(base);
        portal.signIn(Demo.SISTERS_FILER, Demo.PASSWORD);
        var page = portal.get("notifications.xhtml").body();
        assertThat(page).contains("unreadCount", title);

        long upTo = notification.getJsonNumber("id").longValue();
        var marked = as(Demo.SISTERS_FILER).post("api/notifications/read", "{\"upTo\":" + upTo + "}");
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(told(Demo.SISTERS_FILER, resolution).orElseThrow().getBoolean("read"))
                .isTrue();
        assertThat(as(Demo.SISTERS_FILER)
                        .post("api/notifications/read", "{\"upTo\":\"many\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theLeadFilersFilersAreRemindedOnceBeforeACommitmentIsDue() throws Exception {
        long resolution = filedAtSisters();
        var promise = "Publish the assessment " + UUID.randomUUID();
        var recorded = as(Demo.SISTERS_FILER)
                .post(
                        "api/resolutions/" + resolution + "/commitments",
                        "{\"text\":\"" + promise + "\",\"madeOn\":\"" + TODAY + "\",\"dueOn\":\"" + TODAY.plusDays(3)
                                + "\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        // 30 and 7 days before by default: three days before, both are due, and they are one mail.
        var reminder = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> remindersOf(promise), list -> !list.isEmpty())
                .get(0);
        assertThat(reminder.getSubject()).contains("is due in 3 day(s)");
        assertThat(GreenMailUtil.getBody(reminder))
                .contains(TODAY.plusDays(3).toString(), "answers.xhtml?id=" + resolution);
        // Runs every two seconds here: over a few runs, still that one mail.
        Awaitility.await()
                .during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(10))
                .until(() -> remindersOf(promise).size() == 1);
    }

    private List<MimeMessage> remindersOf(String promise) {
        return TestSmtp.mailsTo(
                SMTP, Demo.SISTERS_FILER, m -> GreenMailUtil.getBody(m).contains(promise));
    }
}
