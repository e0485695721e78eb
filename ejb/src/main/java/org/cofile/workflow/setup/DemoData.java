package org.cofile.workflow.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.LetterSet;
import org.cofile.domain.campaign.LetterSignatory;
import org.cofile.domain.campaign.Petition;
import org.cofile.domain.campaign.PetitionCountShard;
import org.cofile.domain.company.Cik;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.FilingRules;
import org.cofile.workflow.cofiling.ProponentSlots;
import org.cofile.workflow.security.PasswordHasher;

/**
 * A coalition to try Cofile with, loaded once into an empty database. Only on the embedded H2 database, unless
 * COFILE_DEMO_DATA=true asks for it elsewhere; COFILE_DEMO_DATA=false turns it off everywhere. Amazon's past meetings
 * and the facial-recognition subjects are the real record ({@link AmazonRecord}); the coming meeting dates are
 * plausible examples, not the companies' announced dates.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

    /** The password of every demo account; README lists the accounts. */
    public static final String DEMO_PASSWORD = "cofile-demo-2026";

    static final String FLAG = "COFILE_DEMO_DATA";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CofileDS")
    private DataSource dataSource;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ProponentSlots slots;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void loadIfWanted() {
        if (!wanted()) {
            return;
        }
        long existing = em.createNamedQuery("Organization.countAll", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        load();
        LOG.info("Demo data loaded: sign in as admin@cofile.test with password " + DEMO_PASSWORD);
    }

    private boolean wanted() {
        var flag = System.getenv(FLAG);
        if (flag != null && !flag.isBlank()) {
            return Boolean.parseBoolean(flag.strip());
        }
        try (var connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database Cofile runs on", e);
        }
    }

    private void load() {
        var sisters = organization(
                "Sisters of St. Joseph of Brentwood",
                OrganizationKind.FAITH_BASED_INVESTOR,
                "https://csjbrentwood.org");
        var triState = organization(
                "Tri-State Coalition for Responsible Investment",
                OrganizationKind.FAITH_BASED_INVESTOR,
                "https://www.tricri.org");
        var harrington =
                organization("Harrington Investments", OrganizationKind.SRI_FIRM, "https://harringtoninvestments.com");
        var assetManager =
                organization("Demo Asset Management (example)", OrganizationKind.ASSET_MANAGER, "https://example.org");
        var aclu = organization("ACLU of Northern California", OrganizationKind.CIVIL_RIGHTS_NGO, "https://aclunc.org");
        var baptists = organization(
                "American Baptist Home Mission Society", OrganizationKind.FAITH_BASED_INVESTOR, "https://abhms.org");
        // Identifiers first: a coalition keeps its organizations in a set by identity, which must not change after.
        em.flush();

        var coalition = new Coalition(
                "Coalition on Face Surveillance",
                "Investors and civil-rights groups asking companies not to sell face surveillance to governments.");
        for (var organization : new Organization[] {sisters, triState, harrington, assetManager, aclu, baptists}) {
            coalition.join(organization);
        }
        em.persist(coalition);

        // One hash for the one demo password: PBKDF2 is slow on purpose, and demo accounts share the password anyway.
        var demoHash = hasher.hash(DEMO_PASSWORD);
        var admin = member(triState, "admin@cofile.test", "Coalition Admin", Role.ORG_ADMIN, demoHash);
        admin.makePlatformAdmin();
        coalition.appointAdmin(admin);
        var sistersAdmin = member(sisters, "orgadmin@sisters.test", "Sisters Org Admin", Role.ORG_ADMIN, demoHash);
        var sistersFiler = member(sisters, "filer@sisters.test", "Sisters Filer", Role.FILER, demoHash);
        member(sisters, "member@sisters.test", "Sisters Member", Role.MEMBER, demoHash);
        var harringtonFiler = member(harrington, "filer@harrington.test", "Harrington Filer", Role.FILER, demoHash);
        member(assetManager, "orgadmin@assets.test", "Asset Manager Org Admin", Role.ORG_ADMIN, demoHash);
        var acluAdmin = member(aclu, "orgadmin@aclu.test", "ACLU Org Admin", Role.ORG_ADMIN, demoHash);
        member(aclu, "member@aclu.test", "ACLU Member", Role.MEMBER, demoHash);

        // A second tenant, to see the separation: Harrington belongs to both coalitions, the pension fund only to this
        // one, and its admin has no rights in the first.
        var pensionFund =
                organization("Demo Pension Fund (example)", OrganizationKind.PENSION_FUND, "https://example.net");
        var other = new Coalition(
                "Coalition on Workers' Rights in Supply Chains (example)",
                "A second, fictitious coalition: its resolutions are not visible to the first coalition's members.");
        other.join(pensionFund);
        other.join(harrington);
        em.persist(other);
        var otherAdmin =
                member(pensionFund, "orgadmin@othercoalition.test", "Other Coalition Admin", Role.ORG_ADMIN, demoHash);
        other.appointAdmin(otherAdmin);

        var amazon = company("Amazon.com, Inc.", "AMZN", "0001018724");
        // The addresses the companies' proxy statements give for shareholder proposals.
        amazon.addressProposalsTo(
                "Corporate Secretary\nAmazon.com, Inc.\n410 Terry Avenue North\nSeattle, Washington 98109-5210", null);
        new AmazonRecord(em, slots, new FilingRules(), clock.instant(), LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .load(
                        coalition,
                        amazon,
                        new AmazonRecord.Filers(sisters, sistersFiler, harrington, harringtonFiler, baptists, admin));
        meeting(amazon, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 4, 9));
        meeting(amazon, LocalDate.of(2027, 5, 19), null);
        var alphabet = company("Alphabet Inc.", "GOOGL", "0001652044");
        alphabet.addressProposalsTo(
                "Corporate Secretary\nAlphabet Inc.\n1600 Amphitheatre Parkway\nMountain View, California 94043", null);
        meeting(alphabet, LocalDate.of(2026, 6, 5), LocalDate.of(2026, 4, 24));
        meeting(alphabet, LocalDate.of(2027, 6, 4), null);
        var microsoft = company("Microsoft Corporation", "MSFT", "0000789019");
        microsoft.addressProposalsTo(
                "Corporate Secretary\nMicrosoft Corporation\nOne Microsoft Way\nRedmond, Washington 98052-6399", null);
        meeting(microsoft, LocalDate.of(2025, 12, 5), LocalDate.of(2025, 10, 24));
        meeting(microsoft, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 10, 23));
        var campaign = campaign(coalition);
        letters(campaign, List.of(amazon, alphabet, microsoft), List.of(admin, sistersAdmin, acluAdmin));
    }

    /**
     * The campaign around the 2019 resolutions (shared/domain/amazon-record.md), published: the two resolutions of
     * 2019 at Amazon, and its public petition, open, without signatures — the record gives the count of 2019 (over
     * 150,000), not the signers.
     */
    private Campaign campaign(Coalition coalition) {
        var now = clock.instant();
        var campaign = new Campaign(
                coalition,
                "No face surveillance for governments",
                "Amazon, Google and Microsoft do not sell face surveillance to governments (2019: coalition letters to"
                        + " the three companies, petitions with over 150,000 signatures, the resolutions at Amazon).",
                now);
        em.persist(campaign);
        em.createQuery(
                        "select r from Resolution r where r.coalition = :coalition and r.meeting.meetingDate = :day",
                        Resolution.class)
                .setParameter("coalition", coalition)
                .setParameter("day", LocalDate.of(2019, 5, 22))
                .getResultList()
                .forEach(campaign::include);
        campaign.publish(now);
        var petition = new Petition(
                campaign,
                "Stop selling face surveillance to governments",
                "We ask Amazon, Google and Microsoft not to sell face surveillance technology to governments.",
                null,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                now);
        em.persist(petition);
        em.flush();
        for (int shard = 0; shard < Petition.COUNT_SHARDS; shard++) {
            em.persist(new PetitionCountShard(petition.getId(), shard));
        }
        return campaign;
    }

    /**
     * The trio of coalition letters, one text adapted to each company (the record: delivered on 15 January 2019 from
     * some 85 groups; here the demo's organizations sign, and the text is the demo's own words), signed, approved and
     * delivered.
     */
    private void letters(Campaign campaign, List<Company> companies, List<Member> signers) {
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var chiefs = List.of(
                "Jeff Bezos, Chief Executive Officer",
                "Sundar Pichai, Chief Executive Officer",
                "Satya Nadella, Chief Executive Officer");
        var addressed = new ArrayList<LetterSet.Addressed>();
        for (int i = 0; i < companies.size(); i++) {
            addressed.add(new LetterSet.Addressed(companies.get(i), List.of(chiefs.get(i))));
        }
        var letters = LetterSet.write(
                campaign,
                "Coalition letter to {company} on face surveillance",
                "We, the undersigned organizations, ask {company} not to sell or provide face surveillance technology"
                        + " to governments.\n\nFace surveillance lets governments follow people at protests, places"
                        + " of worship and their daily lives, and it falls hardest on communities already"
                        + " over-policed. We ask {company} to commit publicly that it will not sell it to governments.",
                addressed,
                null,
                today,
                now);
        em.persist(letters.get(0).getLetterSet());
        for (var letter : letters) {
            em.persist(letter);
            em.flush();
            for (var signer : signers) {
                var signatory = new LetterSignatory(letter, signer.getOrganization(), null, signer, today, now);
                signatory.approve(now);
                em.persist(signatory);
            }
            letter.recordDelivery(
                    LocalDate.of(2019, 1, 15),
                    "Office of the Chief Executive Officer",
                    "E-mail and courier",
                    null,
                    today);
        }
    }

    private Organization organization(String name, OrganizationKind kind, String website) {
        var organization = new Organization(name, kind);
        organization.setWebsite(website);
        organization.setCountryCode("US");
        em.persist(organization);
        return organization;
    }

    private Member member(Organization organization, String email, String name, Role role, String passwordHash) {
        var member = new Member(organization, email, name, role, passwordHash);
        em.persist(member);
        return member;
    }

    private Company company(String name, String ticker, String cik) {
        var company = new Company(name, new Ticker(ticker), new Cik(cik), "US");
        em.persist(company);
        return company;
    }

    private void meeting(Company company, LocalDate date, LocalDate proxyRelease) {
        var meeting = new AnnualMeeting(company, date);
        meeting.recordProxyRelease(proxyRelease);
        em.persist(meeting);
    }
}
