package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees which resolution pages: the coalition's members see the page (an editor the edit form, others not), a
 * member of another coalition gets 404 and finds nothing in its list, whoever is not signed in is sent to sign in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResolutionPagesIT {

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

    private long draft(String title) throws Exception {
        var api = ApiClient.signedInAs(base, Demo.SISTERS_FILER);
        var coalition = api.get("api/coalitions").structure().asJsonArray().getJsonObject(0);
        var amazon = api.get("api/companies?ticker=AMZN")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        long amazonId = amazon.getJsonNumber("id").longValue();
        var meeting = api.get("api/companies/" + amazonId + "/meetings")
                .structure()
                .asJsonArray()
                .getJsonObject(0);
        var sisters = api.get("api/organizations?name=" + URLEncoder.encode(Demo.SISTERS, StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        var body = Json.createObjectBuilder()
                .add("coalitionId", coalition.getJsonNumber("id"))
                .add("companyId", amazonId)
                .add("meetingId", meeting.getJsonNumber("id"))
                .add("kind", "BOARD_REVIEW")
                .add("templateId", "amazon-2019-facial-recognition")
                .add("title", title)
                .add("leadFilerOrganizationId", sisters.getJsonNumber("id"))
                .build();
        var created = api.post("api/resolutions", body.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void theLeadFilerGetsTheEditFormAnotherOrganizationOnlyTheTextAndAnotherCoalitionNothing() throws Exception {
        var title = "Page access " + UUID.randomUUID();
        long id = draft(title);
        var page = "resolutions/view.xhtml?id=" + id;

        var filer = new PortalClient(base);
        filer.signIn(Demo.SISTERS_FILER, Demo.PASSWORD);
        var own = filer.open(page);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(title).contains("id=\"edit\"");

        var aclu = new PortalClient(base);
        aclu.signIn(Demo.ACLU_MEMBER, Demo.PASSWORD);
        var shared = aclu.open(page);
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains(title).doesNotContain("id=\"edit\"").contains("id=\"comment\"");

        var other = new PortalClient(base);
        other.signIn(Demo.OTHER_COALITION_ADMIN, Demo.PASSWORD);
        var hidden = other.open(page);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain(title);
        assertThat(other.open("resolutions/list.xhtml").body()).doesNotContain(title);
        assertThat(other.open("resolutions/view.xhtml?id=abc").statusCode()).isEqualTo(404);

        var anonymous = new PortalClient(base);
        assertThat(anonymous.get(page).statusCode()).isEqualTo(302);
    }

    @Test
    void theListShowsTheCoalitionsResolutionsToItsMembers() throws Exception {
        var title = "Listed " + UUID.randomUUID();
        draft(title);
        var aclu = new PortalClient(base);
        aclu.signIn(Demo.ACLU_MEMBER, Demo.PASSWORD);
        assertThat(aclu.open("resolutions/list.xhtml").body()).contains(title);
        // A member (not a filer) may read and comment, but not draft.
        assertThat(aclu.open("resolutions/new.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void membersAndCoalitionsPagesShowOnlyTheMembersOwnOrganizationAndCoalitions() throws Exception {
        var other = new PortalClient(base);
        other.signIn(Demo.OTHER_COALITION_ADMIN, Demo.PASSWORD);
        var coalitions = other.open("coalitions/list.xhtml");
        assertThat(coalitions.statusCode()).isEqualTo(200);
        assertThat(coalitions.body()).contains("Supply Chains").doesNotContain("Face Surveillance");
        // Its admin may invite into its own coalition only: the form offers no other.
        assertThat(coalitions.body()).contains("id=\"invite\"");

        var aclu = new PortalClient(base);
        aclu.signIn(Demo.ACLU_MEMBER, Demo.PASSWORD);
        var members = aclu.open("organizations/members.xhtml");
        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.body()).contains(Demo.ACLU_MEMBER).doesNotContain(Demo.SISTERS_FILER);
        assertThat(members.body()).doesNotContain("id=\"invite\"");
        assertThat(aclu.open("coalitions/list.xhtml").body()).doesNotContain("id=\"invite\"");
        var api =
                ApiClient.signedInAs(base, Demo.ACLU_MEMBER).get("api/members").body();
        assertThat(api).contains(Demo.ACLU_MEMBER).doesNotContain("sisters.test");

        assertThat(new PortalClient(base).get("coalitions/list.xhtml").statusCode())
                .isEqualTo(302);
        assertThat(new PortalClient(base).get("organizations/members.xhtml").statusCode())
                .isEqualTo(302);
    }
}
