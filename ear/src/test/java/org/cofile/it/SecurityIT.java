package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
    void fiveFailedSignInsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        var portal = new PortalClient(base.toURI());
        for (int attempt = 1; attempt <= 5; attempt++) {
            portal.signIn(Demo.SISTERS_MEMBER_LOCKED_BY_TEST, "wrong-" + attempt);
        }

        var response = portal.signIn(Demo.SISTERS_MEMBER_LOCKED_BY_TEST, Demo.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("locked");
        assertThat(portal.get("dashboard.xhtml").statusCode()).isEqualTo(302);
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
