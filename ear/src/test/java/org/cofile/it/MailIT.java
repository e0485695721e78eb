package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations and password resets by e-mail, received on a real SMTP server (GreenMail, on the port arquillian.xml
 * gives the server): the link works once, a weak password is refused, a reset link replaces the password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

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

    private MimeMessage mailTo(String address) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestSmtp.mailsTo(SMTP, address), mails -> !mails.isEmpty())
                .get(0);
    }

    private static String tokenIn(MimeMessage mail) {
        var matcher = TOKEN.matcher(GreenMailUtil.getBody(mail));
        assertThat(matcher.find()).as("a link with a token in the mail").isTrue();
        return matcher.group(1);
    }

    @Test
    void anInvitedMemberFollowsTheMailedLinkOnceChoosesAStrongPasswordAndSignsIn() throws Exception {
        var email = "new-member-" + UUID.randomUUID() + "@sisters.test";
        var admin = ApiClient.signedInAs(base, Demo.SISTERS_ORG_ADMIN);

        var invited = admin.post(
                "api/invitations",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("role", "FILER")
                        .build()
                        .toString());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        var mail = mailTo(email);
        assertThat(mail.getSubject()).contains(Demo.SISTERS);
        var token = tokenIn(mail);
        assertThat(invited.json().getString("link")).endsWith(token);

        var anonymous = ApiClient.anonymous(base);
        var weak = anonymous.post("api/public/invitations/accept", acceptance(token, "password1234"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().getJsonObject("errors").containsKey("password")).isTrue();
        var tooShort = anonymous.post("api/public/invitations/accept", acceptance(token, "Sh0rt!"));
        assertThat(tooShort.json().getJsonObject("errors").containsKey("password"))
                .isTrue();

        var accepted = anonymous.post("api/public/invitations/accept", acceptance(token, "a river of co-filers"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().getString("role")).isEqualTo("FILER");

        var reused = anonymous.post("api/public/invitations/accept", acceptance(token, "another long phrase"));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().getJsonObject("errors").getString("token")).contains("used");

        var portal = new PortalClient(base);
        // A sign-in that works is redirected to the dashboard; one that fails shows the sign-in page again.
        assertThat(portal.signIn(email, "a river of co-filers").statusCode()).isEqualTo(302);
    }

    @Test
    void aForgottenPasswordIsResetByTheMailedLinkAndTheOldOneStopsWorking() throws Exception {
        var email = "forgetful-" + UUID.randomUUID() + "@sisters.test";
        var admin = ApiClient.signedInAs(base, Demo.SISTERS_ORG_ADMIN);
        admin.post(
                "api/invitations",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("role", "MEMBER")
                        .build()
                        .toString());
        var anonymous = ApiClient.anonymous(base);
        anonymous.post("api/public/invitations/accept", acceptance(tokenIn(mailTo(email)), "the first long phrase"));

        var requested = anonymous.post(
                "api/public/password-reset-requests",
                Json.createObjectBuilder().add("email", email).build().toString());
        assertThat(requested.status()).isEqualTo(202);
        var unknown = anonymous.post(
                "api/public/password-reset-requests",
                Json.createObjectBuilder()
                        .add("email", "nobody-" + UUID.randomUUID() + "@example.org")
                        .build()
                        .toString());
        assertThat(unknown.status()).isEqualTo(202);

        var resetMail = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> TestSmtp.mailsTo(SMTP, email, m -> m.getSubject().contains("Reset")),
                        mails -> !mails.isEmpty())
                .get(0);
        var token = tokenIn(resetMail);
        var reset = anonymous.post(
                "api/public/password-resets",
                Json.createObjectBuilder()
                        .add("token", token)
                        .add("newPassword", "the second long phrase")
                        .build()
                        .toString());
        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        var again = anonymous.post(
                "api/public/password-resets",
                Json.createObjectBuilder()
                        .add("token", token)
                        .add("newPassword", "the third long phrase")
                        .build()
                        .toString());
        assertThat(again.status()).isEqualTo(400);

        assertThat(new PortalClient(base).signIn(email, "the first long phrase").statusCode())
                .isEqualTo(200);
        assertThat(new PortalClient(base)
                        .signIn(email, "the second long phrase")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aDeactivatedMembersTokenStopsWorkingAtOnce() throws Exception {
        var email = "leaving-" + UUID.randomUUID() + "@sisters.test";
        var admin = ApiClient.signedInAs(base, Demo.SISTERS_ORG_ADMIN);
        admin.post(
                "api/invitations",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("role", "FILER")
                        .build()
                        .toString());
        var member = ApiClient.anonymous(base)
                .post("api/public/invitations/accept", acceptance(tokenIn(mailTo(email)), "a phrase to leave with"))
                .json();
        var portal = new PortalClient(base);
        portal.signIn(email, "a phrase to leave with");
        var leaving = new ApiClient(base, ApiClient.issueTokenWithPassword(portal, "a phrase to leave with"));
        assertThat(leaving.get("api/resolutions").status()).isEqualTo(200);
        assertThat(portal.open("resolutions/list.xhtml").statusCode()).isEqualTo(200);

        var other = ApiClient.signedInAs(base, Demo.OTHER_COALITION_ADMIN);
        assertThat(other.post("api/members/" + member.getJsonNumber("id") + "/deactivation", "")
                        .status())
                .isEqualTo(404);
        var deactivated = admin.post("api/members/" + member.getJsonNumber("id") + "/deactivation", "");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().getBoolean("active")).isFalse();

        assertThat(leaving.get("api/resolutions").status()).isEqualTo(401);
        assertThat(portal.get("resolutions/list.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void onlyACoalitionsAdminInvitesAnOrganizationIntoIt() throws Exception {
        var coalitions = ApiClient.signedInAs(base, Demo.COALITION_ADMIN)
                .get("api/coalitions")
                .structure()
                .asJsonArray();
        long first = coalitions.getJsonObject(0).getJsonNumber("id").longValue();
        var body = Json.createObjectBuilder()
                .add("organizationName", "Interfaith Invitees " + UUID.randomUUID())
                .add("organizationKind", "FAITH_BASED_INVESTOR")
                .add("email", "first-admin-" + UUID.randomUUID() + "@example.org")
                .build()
                .toString();

        assertThat(ApiClient.signedInAs(base, Demo.OTHER_COALITION_ADMIN)
                        .post("api/coalitions/" + first + "/invitations", body)
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.signedInAs(base, Demo.SISTERS_ORG_ADMIN)
                        .post("api/coalitions/" + first + "/invitations", body)
                        .status())
                .isEqualTo(403);
        var invited =
                ApiClient.signedInAs(base, Demo.COALITION_ADMIN).post("api/coalitions/" + first + "/invitations", body);
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().getString("kind")).isEqualTo("NEW_ORGANIZATION");
    }

    private static String acceptance(String token, String password) {
        return Json.createObjectBuilder()
                .add("token", token)
                .add("displayName", "Invited Member")
                .add("password", password)
                .build()
                .toString();
    }
}
