package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.cofile.domain.audit.AuditAction;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.campaign.FormTraces;
import org.cofile.domain.campaign.Signature;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.campaign.CampaignService;
import org.cofile.workflow.campaign.PetitionSigning;
import org.cofile.workflow.campaign.SignatureScreening;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole audit trail as the service pages it in the database, and who may read it; a campaign's collections and the
 * decisions on a petition's held signatures on the records' histories.
 */
@ExtendWith(ArquillianExtension.class)
class AuditServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Inject
    private AuditService audit;

    @Inject
    private CampaignService campaigns;

    @Inject
    private PetitionSigning signing;

    @Inject
    private SignatureScreening screening;

    @PersistenceContext(unitName = "cofile")
    private EntityManager em;

    @Test
    void theTrailIsNewestFirstUnlessTheTableAsksOtherwise() throws Exception {
        var page = SignedIn.as(Demo.COALITION_ADMIN, () -> audit.list(PageRequest.firstPage(50)));

        assertThat(page.rows()).isNotEmpty();
        assertThat(page.rows())
                .isSortedAccordingTo(Comparator.comparing(AuditEntry::getOccurredAt)
                        .thenComparing(AuditEntry::getId)
                        .reversed());
    }

    @Test
    void theDemoDataIsOnTheTrailAsCreatedBySystemAndFiltersCombine() throws Exception {
        var filters = Map.of("actor", "SYSTEM", "action", "created", "entityType", "Company");

        var page = SignedIn.as(
                Demo.COALITION_ADMIN, () -> audit.list(new PageRequest(0, 5, "entityLabel", true, filters)));

        assertThat(page.total()).isGreaterThan(0);
        assertThat(page.rows()).hasSizeLessThanOrEqualTo(5).allSatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo("system");
            assertThat(entry.getAction()).isEqualTo(AuditAction.CREATED);
            assertThat(entry.getEntityType()).isEqualTo("Company");
        });
        assertThat(page.rows()).extracting(AuditEntry::getEntityLabel).isSorted();
    }

    @Test
    void anAttributeNotOfferedForFilteringIsIgnored() throws Exception {
        var all = SignedIn.as(Demo.COALITION_ADMIN, () -> audit.list(PageRequest.firstPage(1)));
        var byChanges = SignedIn.as(
                Demo.COALITION_ADMIN,
                () -> audit.list(new PageRequest(0, 1, null, true, Map.of("changes", "no-such-text"))));

        assertThat(byChanges.total()).isEqualTo(all.total());
    }

    @Test
    void theRecordTypesAreTheOnesOnTheTrail() throws Exception {
        assertThat(SignedIn.as(Demo.COALITION_ADMIN, () -> audit.entityTypes()))
                .contains("Company", "Organization", "Member")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void anOrganizationAdminMayNotReadTheWholeTrail() {
        assertThatThrownBy(() -> SignedIn.as(Demo.SISTERS_ORG_ADMIN, () -> audit.list(PageRequest.firstPage(10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(Demo.ACLU_MEMBER, () -> audit.entityTypes()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCampaignsTargetsAndPublicationAreOnItsHistoryAsIdsBeforeAndAfter() throws Exception {
        long amazon = em.createNamedQuery("Company.findByTicker", Company.class)
                .setParameter("ticker", Ticker.parse("AMZN"))
                .getSingleResult()
                .getId();
        long campaign = SignedIn.as(Demo.COALITION_ADMIN, () -> {
            var created = campaigns.create(faceSurveillance(), "Audited " + UUID.randomUUID(), "To see its history");
            campaigns.addTarget(created.getId(), amazon);
            campaigns.publish(created.getId(), true);
            campaigns.dropTarget(created.getId(), amazon);
            return created.getId();
        });

        var history = SignedIn.as(Demo.COALITION_ADMIN, () -> audit.historyOf("Campaign", campaign));

        assertThat(history).extracting(AuditEntry::getAction).first().isEqualTo(AuditAction.CREATED);
        var targets = history.stream()
                .map(AuditServiceIT::changesOf)
                .filter(changes -> changes.containsKey("targets"))
                .map(changes -> changes.getJsonObject("targets"))
                .map(Object::toString)
                .toList();
        assertThat(targets)
                .containsExactly(
                        "{\"before\":[],\"after\":[" + amazon + "]}", "{\"before\":[" + amazon + "],\"after\":[]}");
        assertThat(history.stream()
                        .map(AuditServiceIT::changesOf)
                        .filter(changes -> changes.containsKey("publishedAt"))
                        .map(changes -> changes.getJsonObject("publishedAt").get("after")))
                .as("created unpublished, then published")
                .hasSize(2)
                .last()
                .isNotEqualTo(JsonValue.NULL);
        assertThatThrownBy(() -> SignedIn.as(Demo.OTHER_COALITION_ADMIN, () -> audit.historyOf("Campaign", campaign)))
                .as("another coalition's campaign")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDecisionOnHeldSignaturesIsOnThePetitionsHistoryWithoutTheSigners() throws Exception {
        var petition = SignedIn.as(Demo.COALITION_ADMIN, () -> {
            var campaign = campaigns.create(faceSurveillance(), "Screened " + UUID.randomUUID(), null);
            return campaigns.addPetition(campaign.getId(), "Screened petition", "Sign to see it held.", null);
        });
        var email = "held-" + UUID.randomUUID() + "@example.org";
        signing.sign(
                petition.getId(),
                new Signature.Form("Heldby Honeypot", email, "94110", "US", true, null, null),
                new FormTraces(true, null),
                "203.0.113.77");
        var all = new SignatureScreening.HeldFilter(null, null);

        var history = SignedIn.as(Demo.COALITION_ADMIN, () -> {
            var preview = screening.preview(petition.getId(), all);
            assertThat(preview.count()).isEqualTo(1);
            assertThat(screening.invalidate(petition.getId(), all, preview.upToId()))
                    .isEqualTo(1);
            return audit.historyOf("Petition", petition.getId());
        });

        var decision = changesOf(history.get(history.size() - 1));
        assertThat(decision.getJsonObject("heldSignaturesInvalidated").getInt("after"))
                .isEqualTo(1);
        assertThat(decision.getJsonObject("heldFilter").getString("after")).isEqualTo("any reason");
        assertThat(history.get(history.size() - 1).getActor()).isEqualTo(Demo.COALITION_ADMIN);
        assertThat(history)
                .as("no personal data of signers on the trail")
                .allSatisfy(entry -> assertThat(entry.getChanges()).doesNotContain(email, "Heldby"));
    }

    private long faceSurveillance() {
        return campaigns.runnableCoalitions().stream()
                .filter(coalition -> coalition.getName().contains("Face Surveillance"))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private static JsonObject changesOf(AuditEntry entry) {
        try (var reader = Json.createReader(new StringReader(entry.getChanges()))) {
            return reader.readObject();
        }
    }
}
