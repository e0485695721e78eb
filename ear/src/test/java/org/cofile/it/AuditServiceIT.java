package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Map;
import org.cofile.domain.audit.AuditAction;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole audit trail as the service pages it in the database, and who may read it. */
@ExtendWith(ArquillianExtension.class)
class AuditServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Inject
    private AuditService audit;

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
}
