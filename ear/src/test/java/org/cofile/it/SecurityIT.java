package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal's sign-in as a visitor meets it over HTTP: redirects, sessions, lockout, headers, sign-out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theRootSendsAVisitorToTheSignInPage() throws Exception {
        var portal = new PortalClient(base.toURI());

        var response = portal.get("");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    void signingInGivesANewSessionIdAndReachesTheDashboard() throws Exception {
        var portal = new PortalClient(base.toURI());
        portal.open("login.xhtml");
        var before = portal.sessionCookie().orElseThrow().getValue();

        var response = portal.submit(
                "login", java.util.Map.of("email", Demo.SISTERS_FILER, "password", Demo.PASSWORD), "signIn");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(portal.sessionCookie().orElseThrow().getValue()).isNotEqualTo(before);
        var dashboard = portal.open("dashboard.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"companyCount\"").contains("Sisters Filer");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        var portal = new PortalClient(base.toURI());

        var response = portal.get("login.xhtml");

        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        var response = new PortalClient(base.toURI()).get("login.xhtml");

        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        var portal = new PortalClient(base.toURI());

        var response = portal.signIn(Demo.HARRINGTON_FILER, "not-the-password");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("The e-mail or password is not right.");
        assertThat(portal.get("dashboard.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void afterFiveWrongPasswordsTheNextAttemptWaitsAndTheOwnerGetsInOnceTheWaitIsOver() throws Exception {
        var portal = new PortalClient(base.toURI());
        for (int attempt = 1; attempt <= 6; attempt++) {
            portal.signIn(Demo.SISTERS_MEMBER_THROTTLED_BY_TEST, "wrong-" + attempt);
        }

        var throttled = portal.signIn(Demo.SISTERS_MEMBER_THROTTLED_BY_TEST, Demo.PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2));
        assertThat(throttled.body()).contains("Too many failed attempts: try again in");
        assertThat(portal.get("dashboard.xhtml").statusCode()).isEqualTo(302);
        // Not a lock: once the wait is over, the right password lets the owner in.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> portal.signIn(Demo.SISTERS_MEMBER_THROTTLED_BY_TEST, Demo.PASSWORD)
                                .statusCode()
                        == 302);
        assertThat(portal.open("dashboard.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswersAsAKnownOne() throws Exception {
        var known = new PortalClient(base.toURI());
        var unknown = new PortalClient(base.toURI());
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        for (int attempt = 1; attempt <= 6; attempt++) {
            var a = known.signIn(Demo.ASSETS_ORG_ADMIN, "wrong-" + attempt);
            var b = unknown.signIn(nobody, "wrong-" + attempt);

            assertThat(b.statusCode()).isEqualTo(a.statusCode());
            assertThat(messageOf(b.body())).isEqualTo(messageOf(a.body()));
        }
        var a = known.signIn(Demo.ASSETS_ORG_ADMIN, "wrong-7");
        var b = unknown.signIn(nobody, "wrong-7");
        assertThat(a.statusCode()).isEqualTo(429);
        assertThat(b.statusCode()).isEqualTo(429);
        assertThat(messageOf(b.body())).isEqualTo(messageOf(a.body()));
    }

    /** The sign-in page's error message, without the rest of the page (its view state differs every time). */
    private static String messageOf(String page) {
        var matcher = java.util.regex.Pattern.compile("ui-messages-error-summary\">([^<]*)<")
                .matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var portal = new PortalClient(base.toURI());
        portal.signIn(Demo.ACLU_MEMBER, Demo.PASSWORD);
        portal.open("dashboard.xhtml");

        var response = portal.submit("logout", java.util.Map.of(), "signOut");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(portal.get("dashboard.xhtml").statusCode()).isEqualTo(302);
    }
}
