package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.UUID;
import org.cofile.domain.company.Company;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionTemplate;
import org.cofile.workflow.resolution.ResolutionData;
import org.cofile.workflow.resolution.ResolutionFilter;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resolutions list and a resolution's page read a bounded number of SQL statements: no more with twenty versions
 * and comments than with one, and no more for a page of many resolutions than for a page of one. The statements are
 * counted as EclipseLink executes them, on this thread only.
 */
@ExtendWith(ArquillianExtension.class)
class ResolutionQueriesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Inject
    private ResolutionService resolutions;

    @PersistenceContext(unitName = "cofile")
    private EntityManager em;

    @PersistenceUnit(unitName = "cofile")
    private EntityManagerFactory emf;

    private int statements(Runnable work) throws Exception {
        return SqlStatements.of(emf, () -> {
                    work.run();
                    return null;
                })
                .count();
    }

    private long draft(String title) throws Exception {
        var data = ResolutionData.from(ResolutionTemplate.find(ResolutionTemplate.AMAZON_2019_FACIAL_RECOGNITION)
                .orElseThrow());
        data.setTitle(title);
        data.setCoalitionId(em.createNamedQuery("Coalition.findByName", Coalition.class)
                .setParameter("name", "Coalition on Face Surveillance")
                .getSingleResult()
                .getId());
        var amazon = em.createQuery("SELECT c FROM Company c WHERE c.name = 'Amazon.com, Inc.'", Company.class)
                .getSingleResult();
        data.setCompanyId(amazon.getId());
        data.setMeetingId(em.createNamedQuery("AnnualMeeting.listByCompany", AnnualMeeting.class)
                .setParameter("company", amazon)
                .getResultList()
                .get(0)
                .getId());
        data.setLeadFilerOrganizationId(em.createNamedQuery("Organization.findByName", Organization.class)
                .setParameter("name", Demo.SISTERS)
                .getSingleResult()
                .getId());
        data.setKind(ResolutionKind.BOARD_REVIEW);
        return SignedIn.as(Demo.SISTERS_FILER, () -> resolutions.create(data).getId());
    }

    private void grow(long id, int versions) throws Exception {
        for (int i = 0; i < versions; i++) {
            SignedIn.as(Demo.SISTERS_FILER, () -> {
                var resolution = resolutions.get(id).resolution();
                var data = ResolutionData.of(resolution);
                data.setSupportingStatement(data.getSupportingStatement() + " More evidence.");
                resolutions.revise(id, data);
                resolutions.comment(id, resolution.getCurrentVersion(), "Read it.");
            });
        }
    }

    private int resolutionPage(long id) throws Exception {
        return SignedIn.as(
                Demo.ACLU_MEMBER,
                () -> statements(() -> {
                    var details = resolutions.get(id);
                    resolutions
                            .versions(id)
                            .forEach(v -> v.getAuthor().getOrganization().getName());
                    resolutions
                            .comments(id)
                            .forEach(c -> c.getAuthor().getOrganization().getName());
                    resolutions
                            .timeline(id)
                            .forEach(e -> e.getActor().getOrganization().getName());
                    int current = details.resolution().getCurrentVersion();
                    resolutions.diff(id, Math.max(1, current - 1), current);
                }));
    }

    @Test
    void aResolutionPageReadsAsManyStatementsWithTwentyVersionsAsWithOne() throws Exception {
        long id = draft("Bounded page " + UUID.randomUUID());
        grow(id, 1);
        int few = resolutionPage(id);

        grow(id, 19);
        int many = resolutionPage(id);

        assertThat(many).isLessThanOrEqualTo(few);
        assertThat(few).isLessThan(40);
    }

    @Test
    void aPageOfTheListReadsAsManyStatementsForManyResolutionsAsForOne() throws Exception {
        var prefix = "Bounded list " + UUID.randomUUID();
        draft(prefix + " 1");
        var filter = new ResolutionFilter(null, null, null, null, null, prefix);
        SignedIn.as(Demo.ACLU_MEMBER, () -> resolutions.list(PageRequest.firstPage(20), filter));
        int one = SignedIn.as(
                Demo.ACLU_MEMBER, () -> statements(() -> resolutions.list(PageRequest.firstPage(20), filter)));

        for (int i = 2; i <= 12; i++) {
            draft(prefix + " " + i);
        }
        int twelve = SignedIn.as(
                Demo.ACLU_MEMBER,
                () -> statements(() -> {
                    var page = resolutions.list(PageRequest.firstPage(20), filter);
                    assertThat(page.total()).isEqualTo(12);
                }));

        assertThat(twelve).isLessThanOrEqualTo(one);
    }
}
