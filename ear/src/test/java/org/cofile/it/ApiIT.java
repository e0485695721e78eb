package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API over HTTP: tokens, problem documents, access between organizations, health and OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String PROBLEM = "application/problem+json";

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

    @Test
    void withoutATokenTheRecordsAre401AsAProblemDocument() throws Exception {
        var response = ApiClient.anonymous(base).get("api/companies");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.json().getInt("status")).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIs401() throws Exception {
        var response = new ApiClient(base, "cof_" + UUID.randomUUID()).get("api/companies");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith(PROBLEM);
    }

    @Test
    void aRevokedTokenIs401() throws Exception {
        var portal = new PortalClient(base);
        var token = ApiClient.issueToken(portal, Demo.HARRINGTON_FILER);
        var api = new ApiClient(base, token);
        assertThat(api.get("api/companies").status()).isEqualTo(200);

        portal.open("account/tokens.xhtml");
        portal.submit("tokens", java.util.Map.of(), "table:0:revoke");

        assertThat(api.get("api/companies").status()).isEqualTo(401);
    }

    @Test
    void aTokenListsTheCompaniesPagedAndFiltered() throws Exception {
        var api = ApiClient.signedInAs(base, Demo.ACLU_MEMBER);

        var response = api.get("api/companies?ticker=AMZN&size=5");

        assertThat(response.status()).isEqualTo(200);
        var page = response.json();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        var amazon = page.getJsonArray("items").getJsonObject(0);
        assertThat(amazon.getString("name")).isEqualTo("Amazon.com, Inc.");
        assertThat(amazon.getString("cik")).isEqualTo("0001018724");
    }

    @Test
    void aFilerCreatesACompanyAndReadsItBack() throws Exception {
        var api = ApiClient.signedInAs(base, Demo.SISTERS_FILER);
        var ticker = uniqueTicker();

        var created = api.post(
                "api/companies",
                "{\"name\":\"Clearview Test Corp\",\"ticker\":\"" + ticker.toLowerCase()
                        + "\",\"cik\":\"\",\"countryCode\":\"us\"}");

        assertThat(created.status()).isEqualTo(201);
        var id = created.json().getJsonNumber("id").longValue();
        var read = api.get("api/companies/" + id).json();
        assertThat(read.getString("ticker")).isEqualTo(ticker);
        assertThat(read.getString("countryCode")).isEqualTo("US");
    }

    @Test
    void badCompanyFieldsAre400WithAMessagePerFieldAndNothingIsSaved() throws Exception {
        var api = ApiClient.signedInAs(base, Demo.SISTERS_FILER);
        var totalBefore = api.get("api/companies").json().getJsonNumber("total").longValue();

        var response = api.post("api/companies", "{\"name\":\"  \",\"ticker\":\"TOO-LONG1\",\"cik\":\"12AB\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM);
        var errors = response.json().getJsonObject("errors");
        assertThat(errors.keySet()).contains("name", "ticker", "cik");
        assertThat(api.get("api/companies").json().getJsonNumber("total").longValue())
                .isEqualTo(totalBefore);
    }

    @Test
    void aTickerThatExistsIs409NamingTheTicker() throws Exception {
        var api = ApiClient.signedInAs(base, Demo.SISTERS_FILER);

        var response =
                api.post("api/companies", "{\"name\":\"Another Amazon\",\"ticker\":\"AMZN\",\"countryCode\":\"US\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.json().getJsonObject("errors").getString("ticker")).contains("AMZN");
    }

    @Test
    void anUnknownCompanyIs404() throws Exception {
        var response = ApiClient.signedInAs(base, Demo.ACLU_MEMBER).get("api/companies/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM);
    }

    @Test
    void anOrganizationAdminCannotChangeAnotherOrganizationThroughTheApi() throws Exception {
        var api = ApiClient.signedInAs(base, Demo.ACLU_ORG_ADMIN);
        var sisters = organizationNamed(api, Demo.SISTERS);

        var response = api.put(
                "api/organizations/" + sisters.getJsonNumber("id").longValue(),
                "{\"name\":\"" + Demo.SISTERS
                        + "\",\"kind\":\"FAITH_BASED_INVESTOR\",\"website\":\"https://taken.example\"}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith(PROBLEM);
    }

    @Test
    void anOrganizationAdminChangesItsOwnOrganizationThroughTheApi() throws Exception {
        var api = ApiClient.signedInAs(base, Demo.ACLU_ORG_ADMIN);
        var aclu = organizationNamed(api, Demo.ACLU);

        var response = api.put(
                "api/organizations/" + aclu.getJsonNumber("id").longValue(),
                "{\"name\":\"" + Demo.ACLU
                        + "\",\"kind\":\"CIVIL_RIGHTS_NGO\",\"website\":\"https://www.aclunc.org\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getString("website")).isEqualTo("https://www.aclunc.org");
    }

    @Test
    void theHealthEndpointReportsThatTheDatabaseAnswers() throws Exception {
        var response = ApiClient.anonymous(base).get("api/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getString("status")).isEqualTo("UP");
        assertThat(response.body()).contains("\"database\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheResources() throws Exception {
        var response = ApiClient.anonymous(base).get("openapi?format=JSON");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getJsonObject("paths").keySet())
                .contains("/api/companies", "/api/organizations/{id}");
    }

    private static jakarta.json.JsonObject organizationNamed(ApiClient api, String name) throws Exception {
        var page = api.get("api/organizations?size=50&name=" + java.net.URLEncoder.encode(name, "UTF-8"))
                .json();
        return page.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Five letters no demo company has, so reruns on one database do not collide. */
    private static String uniqueTicker() {
        var letters = new StringBuilder("Q");
        var random = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        letters.append((random + "ABCD").substring(0, 4));
        return letters.toString();
    }
}
