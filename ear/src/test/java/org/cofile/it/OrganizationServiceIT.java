package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.UUID;
import org.cofile.domain.audit.AuditAction;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.shared.ConflictException;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.organization.OrganizationData;
import org.cofile.workflow.organization.OrganizationService;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may change an organization, through the service itself, and the audit trail each change leaves. */
@ExtendWith(ArquillianExtension.class)
class OrganizationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Inject
    private OrganizationService organizations;

    @Inject
    private AuditService audit;

    @PersistenceContext(unitName = "cofile")
    private EntityManager em;

    @Test
    void aMemberOfOneOrganizationCannotChangeAnothersRecord() throws Exception {
        var sisters = organizationNamed(Demo.SISTERS);
        var data = OrganizationData.of(sisters);
        data.setWebsite("https://attacker.example");

        assertThatThrownBy(() -> SignedIn.as(Demo.ACLU_ORG_ADMIN, () -> organizations.update(sisters.getId(), data)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organizationNamed(Demo.SISTERS).getWebsite()).isNotEqualTo("https://attacker.example");
    }

    @Test
    void anOrganizationAdminChangesItsOwnRecordAndTheAuditTrailHasBeforeAndAfter() throws Exception {
        var sisters = organizationNamed(Demo.SISTERS);
        var before = sisters.getWebsite();
        var after = "https://example.org/" + UUID.randomUUID();
        var data = OrganizationData.of(sisters);
        data.setWebsite(after);

        SignedIn.as(Demo.SISTERS_ORG_ADMIN, () -> organizations.update(sisters.getId(), data));

        var history = SignedIn.as(Demo.SISTERS_ORG_ADMIN, () -> audit.historyOf("Organization", sisters.getId()));
        var last = history.get(history.size() - 1);
        assertThat(last.getAction()).isEqualTo(AuditAction.UPDATED);
        assertThat(last.getActor()).isEqualTo(Demo.SISTERS_ORG_ADMIN);
        var website = Json.createReader(new StringReader(last.getChanges()))
                .readObject()
                .getJsonObject("website");
        assertThat(website.getString("before")).isEqualTo(before);
        assertThat(website.getString("after")).isEqualTo(after);
    }

    @Test
    void aFilerCannotChangeEvenItsOwnOrganization() throws Exception {
        var sisters = organizationNamed(Demo.SISTERS);

        assertThatThrownBy(() -> SignedIn.as(
                        Demo.SISTERS_FILER, () -> organizations.update(sisters.getId(), OrganizationData.of(sisters))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCreationIsAuditedAsCreatedByTheCoalitionAdmin() throws Exception {
        var data = new OrganizationData();
        data.setName("Interfaith Test Investors " + UUID.randomUUID());
        data.setKind(OrganizationKind.FAITH_BASED_INVESTOR);

        var created = SignedIn.as(Demo.COALITION_ADMIN, () -> organizations.create(data));

        var history = SignedIn.as(Demo.COALITION_ADMIN, () -> audit.historyOf("Organization", created.getId()));
        assertThat(history).extracting(AuditEntry::getAction).containsExactly(AuditAction.CREATED);
        assertThat(history.get(0).getActor()).isEqualTo(Demo.COALITION_ADMIN);
        assertThat(history.get(0).getChanges()).contains(data.getName());
    }

    @Test
    void aRefusedChangeLeavesNeitherTheChangeNorAnAuditEntry() throws Exception {
        var sisters = organizationNamed(Demo.SISTERS);
        var auditedBefore = countAuditEntries();
        var data = OrganizationData.of(sisters);
        data.setName(Demo.ACLU);

        assertThatThrownBy(() -> SignedIn.as(Demo.SISTERS_ORG_ADMIN, () -> organizations.update(sisters.getId(), data)))
                .isInstanceOf(ConflictException.class);

        assertThat(organizationNamed(Demo.SISTERS)).isNotNull();
        assertThat(countAuditEntries()).isEqualTo(auditedBefore);
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        var sisters = organizationNamed(Demo.SISTERS);
        var data = OrganizationData.of(sisters);
        data.setVersion(sisters.getVersion() - 1);

        assertThatThrownBy(() -> SignedIn.as(Demo.SISTERS_ORG_ADMIN, () -> organizations.update(sisters.getId(), data)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCoalitionAdminMayNotChangeAnotherOrganizationsRecord() throws Exception {
        var sisters = organizationNamed(Demo.SISTERS);
        var data = OrganizationData.of(sisters);
        data.setWebsite("https://example.org/coalition-admin");

        assertThatThrownBy(() -> SignedIn.as(Demo.COALITION_ADMIN, () -> organizations.update(sisters.getId(), data)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherCoalitionDoesNotSeeTheOrganizationNorItsHistory() throws Exception {
        var sisters = organizationNamed(Demo.SISTERS);

        assertThat(SignedIn.as(Demo.OTHER_COALITION_ADMIN, () -> organizations.find(sisters.getId())))
                .isEmpty();
        assertThatThrownBy(() ->
                        SignedIn.as(Demo.OTHER_COALITION_ADMIN, () -> audit.historyOf("Organization", sisters.getId())))
                .isInstanceOf(NotFoundException.class);
        var visible = SignedIn.as(Demo.OTHER_COALITION_ADMIN, () -> organizations.list(PageRequest.firstPage(200)));
        assertThat(visible.rows()).extracting(Organization::getName).doesNotContain(Demo.SISTERS, Demo.ACLU);
        assertThat(visible.rows()).extracting(Organization::getName).contains(Demo.PENSION_FUND);
    }

    private Organization organizationNamed(String name) {
        em.clear();
        return em.createNamedQuery("Organization.findByName", Organization.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    private long countAuditEntries() {
        return em.createNamedQuery("AuditEntry.countAll", Long.class).getSingleResult();
    }
}
