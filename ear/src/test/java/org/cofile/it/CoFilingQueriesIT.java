package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cofile.domain.cofiling.Availability;
import org.cofile.domain.cofiling.DocumentKind;
import org.cofile.domain.cofiling.HoldingRecord;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionTemplate;
import org.cofile.domain.resolution.ReviewAction;
import org.cofile.workflow.calendar.CalendarService;
import org.cofile.workflow.cofiling.CoFilingService;
import org.cofile.workflow.resolution.ResolutionData;
import org.cofile.workflow.resolution.ResolutionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The co-filing page and the calendar read a bounded number of SQL statements: no more with eight co-filers, each
 * with a holding and a letter, than with one, and no more for six resolutions on the calendar than for one. Each test
 * sets up a coalition, organizations, members and companies of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CoFilingQueriesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Inject
    private ResolutionService resolutions;

    @Inject
    private CoFilingService coFiling;

    @Inject
    private CalendarService calendar;

    @PersistenceContext(unitName = "cofile")
    private EntityManager em;

    @PersistenceUnit(unitName = "cofile")
    private EntityManagerFactory emf;

    @Resource
    private UserTransaction transaction;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A coalition of its own: a lead organization whose filer also administers the coalition, and co-filers. */
    private record Tenant(long coalition, long lead, String leadFiler, List<Long> others, List<String> otherFilers) {}

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return Transactions.in(transaction, work);
    }

    private Tenant tenant(int coFilers) throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        return inTransaction(() -> {
            var coalition = new Coalition("Queries coalition " + run, "Bounded reads");
            em.persist(coalition);
            var lead = organization("Lead " + run, coalition);
            var leadFiler = member(lead, "filer-" + run + "@lead.test", Role.ORG_ADMIN);
            coalition.appointAdmin(leadFiler);
            var others = new ArrayList<Long>();
            var otherFilers = new ArrayList<String>();
            for (int i = 1; i <= coFilers; i++) {
                var other = organization("Co-filer " + i + " " + run, coalition);
                others.add(other.getId());
                otherFilers.add(member(other, "filer-" + i + "-" + run + "@cofiler.test", Role.FILER)
                        .getEmail());
            }
            return new Tenant(coalition.getId(), lead.getId(), leadFiler.getEmail(), others, otherFilers);
        });
    }

    private Organization organization(String name, Coalition coalition) {
        var organization = new Organization(name, OrganizationKind.SRI_FIRM);
        em.persist(organization);
        // Flushed first: the id it is then given is part of its hash in the coalition's set.
        em.flush();
        coalition.join(organization);
        return organization;
    }

    private Member member(Organization organization, String email, Role role) {
        var member = new Member(organization, email, "Filer of " + organization.getName(), role, "not-a-hash");
        em.persist(member);
        em.flush();
        return member;
    }

    /** A company of its own with a meeting in six months whose proposals are due in three weeks. */
    private AnnualMeeting meeting() throws Exception {
        var ticker = TestMeetings.ticker();
        return inTransaction(() -> {
            var company = new Company("Queries company " + ticker, new Ticker(ticker), null, "US");
            em.persist(company);
            var meeting = new AnnualMeeting(company, today().plusMonths(6));
            meeting.announceProposalDeadline(today().plusDays(21));
            em.persist(meeting);
            return meeting;
        });
    }

    /** A resolution the coalition approved, led by the tenant's lead organization, to be submitted today. */
    private long approved(Tenant tenant) throws Exception {
        var meeting = meeting();
        var data = ResolutionData.from(ResolutionTemplate.find(ResolutionTemplate.AMAZON_2019_FACIAL_RECOGNITION)
                .orElseThrow());
        data.setTitle("Bounded co-filing " + UUID.randomUUID());
        data.setCoalitionId(tenant.coalition());
        data.setCompanyId(meeting.getCompany().getId());
        data.setMeetingId(meeting.getId());
        data.setLeadFilerOrganizationId(tenant.lead());
        data.setKind(ResolutionKind.BOARD_REVIEW);
        return SignedIn.as(tenant.leadFiler(), () -> {
            long id = resolutions.create(data).getId();
            resolutions.perform(id, ReviewAction.SUBMIT_FOR_REVIEW, null);
            resolutions.perform(id, ReviewAction.APPROVE, null);
            coFiling.planSubmission(id, today());
            return id;
        });
    }

    /** The tenant's co-filer {@code i} invited, joined, with its holding and its proof of ownership on file. */
    private void join(Tenant tenant, long resolution, int i) throws Exception {
        long organization = tenant.others().get(i);
        SignedIn.as(tenant.leadFiler(), () -> coFiling.invite(resolution, organization));
        SignedIn.as(tenant.otherFilers().get(i), () -> {
            coFiling.decide(resolution, organization, true, null);
            coFiling.record(resolution, organization, holding());
            coFiling.upload(resolution, organization, DocumentKind.PROOF_OF_OWNERSHIP, "proof.pdf", letter());
        });
    }

    private static HoldingRecord holding() {
        var meetOn = today().plusDays(12);
        while (meetOn.getDayOfWeek() == DayOfWeek.SATURDAY || meetOn.getDayOfWeek() == DayOfWeek.SUNDAY) {
            meetOn = meetOn.plusDays(1);
        }
        return new HoldingRecord(
                new BigDecimal("100"),
                today().minusYears(4),
                null,
                new BigDecimal("30000"),
                "Example Trust Company",
                "226",
                today().plusDays(30),
                true,
                List.of(new Availability(meetOn, LocalTime.of(10, 0), LocalTime.of(12, 0), "availability")),
                "Jane Doe, +1 212 555 0100",
                null);
    }

    private static byte[] letter() {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("The record holder confirms the shares were held continuously."));
        document.close();
        return out.toByteArray();
    }

    /** The statements of the co-filing page as {@code email} sees it; read once before, so caches are as warm. */
    private SqlStatements.Executed coFilingPage(String email, long resolution) throws Exception {
        SignedIn.as(email, () -> coFiling.page(resolution));
        return SignedIn.as(
                email,
                () -> SqlStatements.of(emf, () -> {
                    var page = coFiling.page(resolution);
                    page.coFilers().forEach(c -> c.documents().size());
                    return page;
                }));
    }

    private SqlStatements.Executed calendarOf(String email) throws Exception {
        SignedIn.as(email, () -> calendar.entries());
        return SignedIn.as(email, () -> SqlStatements.of(emf, () -> calendar.entries()));
    }

    @Test
    void theCoFilingPageReadsAsManyStatementsForEightCoFilersAsForOne() throws Exception {
        var tenant = tenant(8);
        long resolution = approved(tenant);
        join(tenant, resolution, 0);
        var oneByTheLead = coFilingPage(tenant.leadFiler(), resolution);
        var oneByACoFiler = coFilingPage(tenant.otherFilers().get(0), resolution);

        for (int i = 1; i < 8; i++) {
            join(tenant, resolution, i);
        }
        assertThat(SignedIn.as(tenant.leadFiler(), () -> coFiling.page(resolution))
                        .coFilers())
                .hasSize(9);
        var eightByTheLead = coFilingPage(tenant.leadFiler(), resolution);
        var eightByACoFiler = coFilingPage(tenant.otherFilers().get(0), resolution);

        assertThat(eightByTheLead.count()).as("%s", eightByTheLead).isLessThanOrEqualTo(oneByTheLead.count());
        assertThat(eightByACoFiler.count()).as("%s", eightByACoFiler).isLessThanOrEqualTo(oneByACoFiler.count());
        assertThat(oneByTheLead.count()).as("%s", oneByTheLead).isLessThan(30);
    }

    @Test
    void theCalendarReadsAsManyStatementsForSixResolutionsAsForOne() throws Exception {
        var tenant = tenant(1);
        join(tenant, approved(tenant), 0);
        var oneForTheLead = calendarOf(tenant.leadFiler());
        var oneForTheCoFiler = calendarOf(tenant.otherFilers().get(0));

        for (int i = 0; i < 5; i++) {
            join(tenant, approved(tenant), 0);
        }
        assertThat(SignedIn.as(tenant.leadFiler(), () -> calendar.entries())).hasSize(12);
        var sixForTheLead = calendarOf(tenant.leadFiler());
        var sixForTheCoFiler = calendarOf(tenant.otherFilers().get(0));

        assertThat(sixForTheLead.count()).as("%s", sixForTheLead).isLessThanOrEqualTo(oneForTheLead.count());
        assertThat(sixForTheCoFiler.count()).as("%s", sixForTheCoFiler).isLessThanOrEqualTo(oneForTheCoFiler.count());
        assertThat(oneForTheLead.count()).as("%s", oneForTheLead).isLessThan(20);
    }
}
