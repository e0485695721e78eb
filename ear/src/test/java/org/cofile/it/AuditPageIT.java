package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail page over HTTP: coalition admins read it from the navigation, everyone else is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aCoalitionAdminSeesItsOwnChangeAtTheTopOfTheTrail() throws Exception {
        var portal = new PortalClient(base.toURI());
        portal.signIn(Demo.COALITION_ADMIN, Demo.PASSWORD);
        var tokenName = "audit-it-" + UUID.randomUUID();
        portal.open("account/tokens.xhtml");
        portal.submit("tokens", Map.of("name", tokenName, "password", Demo.PASSWORD), "create");

        var dashboard = portal.open("dashboard.xhtml");
        assertThat(dashboard.body()).contains("id=\"navAudit\"");
        var page = portal.open("admin/audit.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        var body = page.body();
        assertThat(body).contains("id=\"list:table\"").contains("Audit trail").contains("When (UTC)");
        // Newest first: the token just created is the first row, before anything the demo data wrote at startup.
        var row = body.substring(body.indexOf("data-ri=\"0\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains(Demo.COALITION_ADMIN)
                .contains("API token")
                .contains("Created")
                .contains("<strong>Name</strong>: — → " + tokenName)
                .contains("<strong>Token</strong>: — → [redacted]");
    }

    @Test
    void theFiltersOfferTheRecordTypesOnTheTrailInWords() throws Exception {
        var portal = new PortalClient(base.toURI());
        portal.signIn(Demo.COALITION_ADMIN, Demo.PASSWORD);

        var body = portal.open("admin/audit.xhtml").body();

        assertThat(body)
                .contains("id=\"list:table:entityTypeFilter\"")
                .contains(">Organization<")
                .contains(">Company<");
        assertThat(body).contains("id=\"list:table:actionFilter\"").contains(">Created<");
    }

    @Test
    void aRecordsHistoryNamesItsAttributesInWords() throws Exception {
        var portal = new PortalClient(base.toURI());
        portal.signIn(Demo.ACLU_MEMBER, Demo.PASSWORD);
        var list = portal.open("companies/list.xhtml").body();
        var id = Pattern.compile("edit\\.xhtml\\?id=(\\d+)").matcher(list);
        assertThat(id.find()).isTrue();

        var edit = portal.open("companies/edit.xhtml?id=" + id.group(1)).body();

        assertThat(edit).contains("<strong>Country</strong>: — → US").doesNotContain("<strong>countryCode</strong>");
    }

    @Test
    void aMemberIsRefusedTheTrailAndIsNotOfferedIt() throws Exception {
        var portal = new PortalClient(base.toURI());
        portal.signIn(Demo.ACLU_MEMBER, Demo.PASSWORD);

        var dashboard = portal.open("dashboard.xhtml");
        var page = portal.get("admin/audit.xhtml");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"navCompanies\"").doesNotContain("navAudit");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Not allowed").doesNotContain("list:table");
    }

    @Test
    void aVisitorIsSentToSignIn() throws Exception {
        var response = new PortalClient(base.toURI()).get("admin/audit.xhtml");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }
}
