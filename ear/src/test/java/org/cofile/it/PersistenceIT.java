package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import org.cofile.workflow.company.CompanyService;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The persistence stack inside the shipped EAR: EclipseLink as provider, the schema Flyway made, the demo data. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @PersistenceContext(unitName = "cofile")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CofileDS")
    private DataSource dataSource;

    @Inject
    private CompanyService companies;

    @Test
    void eclipseLinkIsTheJpaProvider() {
        assertThat(em.getDelegate().getClass().getName())
                .isEqualTo("org.eclipse.persistence.internal.jpa.EntityManagerImpl");
        assertThat(em.getEntityManagerFactory().getClass().getName()).startsWith("org.eclipse.persistence");
    }

    @Test
    void hibernateIsNotOnTheApplicationsClassPath() {
        var loader = Thread.currentThread().getContextClassLoader();
        assertThat(loader.getResource("org/hibernate/Session.class")).isNull();
    }

    @Test
    void flywayAppliedEveryMigrationAtStartup() {
        var info = Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .info();

        assertThat(info.pending()).isEmpty();
        assertThat(info.applied())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
    }

    @Test
    void theDemoCompaniesAreThereWithTheirSecIdentifiers() throws Exception {
        var amazon = SignedIn.as(
                Demo.ACLU_MEMBER, () -> companies.findByTicker("AMZN").orElseThrow());

        assertThat(amazon.getName()).isEqualTo("Amazon.com, Inc.");
        assertThat(amazon.getCik().value()).isEqualTo("0001018724");
    }
}
