package org.cofile.workflow.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.CampaignPolicy;
import org.cofile.domain.campaign.Petition;
import org.cofile.domain.campaign.PetitionCountShard;
import org.cofile.domain.campaign.Signature;
import org.cofile.domain.organization.Coalition;
import org.cofile.workflow.export.ResolutionReport;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;

/** A coalition's campaigns and their petitions, for its members; the signers' data never leaves the coalition. */
@Stateless
public class CampaignService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PetitionCounter counter;

    private final Clock clock = Clock.systemUTC();

    /** Signatures read per query when exporting. */
    static final int EXPORT_PAGE = 1_000;

    /** A campaign with its petitions and their counts. */
    public record CampaignPage(Campaign campaign, List<PetitionLine> petitions, boolean mayRun) {}

    public record PetitionLine(Petition petition, long confirmedSignatures, long held, boolean open) {}

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
        var today = today();
        var petitions = em
                .createQuery("select p from Petition p where p.campaign.id = :campaign order by p.id", Petition.class)
                .setParameter("campaign", campaignId)
                .getResultList()
                .stream()
                .map(p -> new PetitionLine(
                        p,
                        counter.confirmed(p.getId()),
                        em.createNamedQuery("Signature.countHeld", Long.class)
                                .setParameter("petition", p.getId())
                                .getSingleResult(),
                        p.isOpen(today)))
                .toList();
        return new CampaignPage(
                campaign,
                petitions,
                CampaignPolicy.mayRun(caller.access(), campaign.getCoalition().getId()));
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
                            .setHeader("name", "email", "postcode", "country", "contact_consent", "confirmed_at")
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
                            s.getConfirmedAt());
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
        var access = caller.access();
        return em.createNamedQuery("Campaign.find", Campaign.class)
                .setParameter("id", campaignId)
                .getResultStream()
                .findFirst()
                .filter(c -> CampaignPolicy.maySee(access, c))
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
