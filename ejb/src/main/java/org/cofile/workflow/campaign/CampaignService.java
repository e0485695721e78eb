package org.cofile.workflow.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.CampaignPolicy;
import org.cofile.domain.campaign.Petition;
import org.cofile.domain.campaign.PetitionCountShard;
import org.cofile.domain.campaign.SignOnLetter;
import org.cofile.domain.campaign.Signature;
import org.cofile.domain.company.Company;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionPolicy;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.answers.AnswersOfResolutions;
import org.cofile.workflow.export.ResolutionReport;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;

/**
 * A coalition's campaigns — the companies they target, the resolutions they carry, their letters and petitions — for
 * its members, and the public page of a published one; the signers' data never leaves the coalition.
 */
@Stateless
public class CampaignService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PetitionCounter counter;

    @Inject
    private AnswersOfResolutions answers;

    @Inject
    private VisibleCampaigns visibleCampaigns;

    private static final FilingRules RULES = new FilingRules();

    private final Clock clock = Clock.systemUTC();

    /** Signatures read per query when exporting. */
    static final int EXPORT_PAGE = 1_000;

    /** A campaign with its targets, its petitions and their counts, its letters and their signatories, its resolutions. */
    public record CampaignPage(
            Campaign campaign,
            List<Company> targets,
            List<PetitionLine> petitions,
            List<LetterLine> letters,
            List<ResolutionLine> resolutions,
            boolean mayRun) {}

    public record PetitionLine(Petition petition, long confirmedSignatures, long held, boolean open) {}

    /** A letter with the organizations that signed it and those approved to print. */
    public record LetterLine(SignOnLetter letter, long signed, long approved, boolean open) {}

    /**
     * A resolution of the campaign; its support once the vote is recorded: by the SEC's formula from the counts, or
     * as reported where only a percentage is known.
     */
    public record ResolutionLine(Resolution resolution, BigDecimal support) {}

    /** Signatures confirmed on one day (UTC), over all the campaign's petitions. */
    public record DayCount(LocalDate day, long signatures) {}

    /**
     * What the public sees of a published campaign: no signer's data, no draft — the resolutions the companies
     * received, the organizations approved on each letter.
     */
    public record PublicCampaign(
            Campaign campaign,
            List<Company> targets,
            List<PetitionLine> petitions,
            List<LetterLine> letters,
            List<ResolutionLine> resolutions) {}

    /** Started by the coalition's admins; a coalition the caller is not in is named like one that does not exist. */
    public Campaign create(long coalitionId, String title, String goal) {
        var access = caller.access();
        if (!access.inCoalition(coalitionId)) {
            throw new NotFoundException("Coalition", coalitionId);
        }
        if (!CampaignPolicy.mayRun(access, coalitionId)) {
            throw new AccessDeniedException("The coalition's admins start its campaigns.");
        }
        var campaign = new Campaign(em.find(Coalition.class, coalitionId), title, goal, clock.instant());
        em.persist(campaign);
        return campaign;
    }

    /** The campaigns of the caller's coalitions, newest first. */
    public List<Campaign> list() {
        var coalitions = caller.access().coalitions();
        if (coalitions.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Campaign.listByCoalitions", Campaign.class)
                .setParameter("coalitions", coalitions)
                .getResultList();
    }

    /** The coalitions where the caller may start a campaign. */
    public List<Coalition> runnableCoalitions() {
        var access = caller.access();
        return access.coalitions().stream()
                .filter(id -> CampaignPolicy.mayRun(access, id))
                .map(id -> em.find(Coalition.class, id))
                .toList();
    }

    public CampaignPage page(long campaignId) {
        var campaign = visible(campaignId);
        var access = caller.access();
        return new CampaignPage(
                campaign,
                campaign.getTargets(),
                petitionsOf(campaign, true),
                lettersOf(campaign),
                resolutionsOf(campaign.getResolutions().stream()
                        .filter(r -> ResolutionPolicy.maySee(access, r))
                        .toList()),
                CampaignPolicy.mayRun(access, campaign.getCoalition().getId()));
    }

    /** The public page of a campaign its admins published; one that is not published is named as one that does not exist. */
    public PublicCampaign publicPage(long campaignId) {
        var campaign = em.createNamedQuery("Campaign.find", Campaign.class)
                .setParameter("id", campaignId)
                .getResultStream()
                .findFirst()
                .filter(CampaignPolicy::publicSees)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
        return new PublicCampaign(
                campaign,
                campaign.getTargets(),
                petitionsOf(campaign, false),
                lettersOf(campaign),
                resolutionsOf(campaign.getResolutions().stream()
                        .filter(CampaignPolicy::publicSees)
                        .toList()));
    }

    /** Signatures confirmed per day over the campaign's petitions, oldest day first; days without any are left out. */
    public List<DayCount> signaturesPerDay(long campaignId) {
        visible(campaignId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(s.confirmed_at as date), count(*) from signature s"
                        + " join petition p on p.id = s.petition_id where p.campaign_id = ?1 and s.status = 'CONFIRMED'"
                        + " group by cast(s.confirmed_at as date) order by 1")
                .setParameter(1, campaignId)
                .getResultList();
        return rows.stream()
                .map(row -> new DayCount(day(row[0]), ((Number) row[1]).longValue()))
                .toList();
    }

    /** The campaign targets a company (idempotent): the coalition's admins. */
    public Campaign addTarget(long campaignId, long companyId) {
        var campaign = runnable(campaignId);
        campaign.target(company(companyId));
        return campaign;
    }

    /** No longer a target, unless a letter or resolution of the campaign goes there (409). */
    public Campaign dropTarget(long campaignId, long companyId) {
        var campaign = runnable(campaignId);
        var company = campaign.getTargets().stream()
                .filter(c -> c.getId() == companyId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Target", companyId));
        boolean letters = em.createQuery(
                                "select count(l) from SignOnLetter l where l.campaign.id = :campaign and l.company.id = :company",
                                Long.class)
                        .setParameter("campaign", campaignId)
                        .setParameter("company", companyId)
                        .getSingleResult()
                > 0;
        campaign.dropTarget(company, letters);
        return campaign;
    }

    /** One of the coalition's resolutions joins the campaign (a second time is 409); its company becomes a target. */
    public Campaign includeResolution(long campaignId, long resolutionId) {
        var campaign = runnable(campaignId);
        var resolution = em.find(Resolution.class, resolutionId);
        if (resolution == null || !ResolutionPolicy.maySee(caller.access(), resolution)) {
            throw new InvalidInputException(
                    "resolutionId", "There is no resolution " + resolutionId + " in your coalitions.");
        }
        campaign.include(resolution);
        return campaign;
    }

    public Campaign excludeResolution(long campaignId, long resolutionId) {
        var campaign = runnable(campaignId);
        var resolution = campaign.getResolutions().stream()
                .filter(r -> r.getId() == resolutionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Resolution in the campaign", resolutionId));
        campaign.exclude(resolution);
        return campaign;
    }

    /** Its public page shows (or, unpublished, no longer shows): the coalition's admins decide. */
    public Campaign publish(long campaignId, boolean published) {
        var campaign = runnable(campaignId);
        if (published) {
            campaign.publish(clock.instant());
        } else {
            campaign.unpublish();
        }
        return campaign;
    }

    private List<PetitionLine> petitionsOf(Campaign campaign, boolean withHeld) {
        var today = today();
        return em
                .createQuery("select p from Petition p where p.campaign.id = :campaign order by p.id", Petition.class)
                .setParameter("campaign", campaign.getId())
                .getResultList()
                .stream()
                .map(p -> new PetitionLine(
                        p,
                        counter.confirmed(p.getId()),
                        withHeld
                                ? em.createNamedQuery("Signature.countHeld", Long.class)
                                        .setParameter("petition", p.getId())
                                        .getSingleResult()
                                : 0,
                        p.isOpen(today)))
                .toList();
    }

    private List<LetterLine> lettersOf(Campaign campaign) {
        var signed = new HashMap<Long, long[]>();
        em.createQuery(
                        "select s.letter.id, s.approved, count(s) from LetterSignatory s"
                                + " where s.letter.campaign.id = :campaign group by s.letter.id, s.approved",
                        Object[].class)
                .setParameter("campaign", campaign.getId())
                .getResultList()
                .forEach(row -> {
                    var counts = signed.computeIfAbsent((Long) row[0], id -> new long[2]);
                    long n = ((Number) row[2]).longValue();
                    counts[0] += n;
                    if (Boolean.TRUE.equals(row[1])) {
                        counts[1] += n;
                    }
                });
        var today = today();
        return em.createNamedQuery("SignOnLetter.listByCampaign", SignOnLetter.class)
                .setParameter("campaign", campaign.getId())
                .getResultStream()
                .map(l -> {
                    var counts = signed.getOrDefault(l.getId(), new long[2]);
                    return new LetterLine(l, counts[0], counts[1], l.isOpen(today));
                })
                .toList();
    }

    private List<ResolutionLine> resolutionsOf(List<Resolution> resolutions) {
        if (resolutions.isEmpty()) {
            return List.of();
        }
        var outcomes =
                answers.outcomes(resolutions.stream().map(Resolution::getId).toList());
        return resolutions.stream()
                .sorted(Comparator.comparing((Resolution r) -> r.getMeeting().getMeetingDate())
                        .thenComparing(r -> r.getCompany().getName()))
                .map(r -> new ResolutionLine(
                        r,
                        Optional.ofNullable(outcomes.get(r.getId()))
                                .map(o -> o.result(RULES)
                                        .map(v -> v.sec().percent())
                                        .orElse(o.getReportedSupport()))
                                .orElse(null)))
                .toList();
    }

    private Campaign runnable(long campaignId) {
        var campaign = visible(campaignId);
        if (!CampaignPolicy.mayRun(caller.access(), campaign.getCoalition().getId())) {
            throw new AccessDeniedException("The coalition's admins decide what its campaigns hold and show.");
        }
        return campaign;
    }

    private Company company(long companyId) {
        var company = em.find(Company.class, companyId);
        if (company == null) {
            throw new InvalidInputException("companyId", "There is no company " + companyId + ".");
        }
        return company;
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    /** A petition of the campaign, with its counter rows. */
    public Petition addPetition(long campaignId, String title, String text, LocalDate closesOn) {
        var campaign = visible(campaignId);
        if (!CampaignPolicy.mayRun(caller.access(), campaign.getCoalition().getId())) {
            throw new AccessDeniedException("The coalition's admins start its petitions.");
        }
        var petition = new Petition(campaign, title, text, closesOn, today(), clock.instant());
        em.persist(petition);
        em.flush();
        for (int shard = 0; shard < Petition.COUNT_SHARDS; shard++) {
            em.persist(new PetitionCountShard(petition.getId(), shard));
        }
        return petition;
    }

    /** The petition if the caller may see its signatures: its campaign's coalition only. */
    public Petition requireVisiblePetition(long petitionId) {
        return em.createNamedQuery("Petition.find", Petition.class)
                .setParameter("id", petitionId)
                .getResultStream()
                .findFirst()
                .filter(p -> CampaignPolicy.maySee(caller.access(), p.getCampaign()))
                .orElseThrow(() -> new NotFoundException("Petition", petitionId));
    }

    /** The confirmed signatures as CSV, for delivery: to the campaign's coalition only. */
    public void exportConfirmed(long petitionId, OutputStream out) {
        var petition = requireVisiblePetition(petitionId);
        try {
            var printer = new CSVPrinter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(
                                    "name",
                                    "email",
                                    "postcode",
                                    "country",
                                    "contact_consent",
                                    "confirmed_at",
                                    "mobile",
                                    "sms_consent")
                            .get());
            // A page of rows at a time, by id, the persistence context cleared after each: 150,000 signatures go
            // out without being held in memory together.
            long after = 0;
            List<Signature> page;
            do {
                page = em.createNamedQuery("Signature.listConfirmedAfter", Signature.class)
                        .setParameter("petition", petition.getId())
                        .setParameter("after", after)
                        .setMaxResults(EXPORT_PAGE)
                        .getResultList();
                for (var s : page) {
                    printer.printRecord(
                            ResolutionReport.inert(s.getName()),
                            ResolutionReport.inert(s.getEmail()),
                            ResolutionReport.inert(s.getPostcode()),
                            s.getCountry(),
                            s.isContactConsent(),
                            s.getConfirmedAt(),
                            s.getMobile() == null ? null : ResolutionReport.inert(s.getMobile()),
                            s.isSmsConsent());
                    after = s.getId();
                }
                printer.flush();
                em.clear();
            } while (page.size() == EXPORT_PAGE);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Campaign visible(long campaignId) {
        return visibleCampaigns.get(campaignId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
