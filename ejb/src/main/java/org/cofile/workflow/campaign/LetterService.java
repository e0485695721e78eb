package org.cofile.workflow.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.CampaignPolicy;
import org.cofile.domain.campaign.LetterSet;
import org.cofile.domain.campaign.LetterSignatory;
import org.cofile.domain.campaign.SignOnLetter;
import org.cofile.domain.company.Company;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * Sign-on letters of a campaign: the coalition's admins write them — to one company, or one text adapted to several
 * companies as a set — and approve who prints; each organization's admin signs for it, once (a set as a whole); the
 * PDF prints the approved signatories.
 */
@Stateless
public class LetterService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private VisibleCampaigns campaigns;

    private final Clock clock = Clock.systemUTC();

    /**
     * A letter with its signatories, the other letters of its set (none for a letter to one company), the caller's
     * organization's signature if it signed, and what the caller may do with it.
     */
    public record LetterPage(
            SignOnLetter letter,
            List<LetterSignatory> signatories,
            List<SignOnLetter> sameSet,
            Optional<LetterSignatory> callersSignature,
            boolean open,
            boolean mayRun,
            boolean maySign) {}

    /** One company of a set, by id, and the executives its letter is addressed to. */
    public record SetLetter(Long companyId, List<String> addressees) {}

    public SignOnLetter create(
            long campaignId, Long companyId, String title, List<String> addressees, String text, LocalDate closesOn) {
        var campaign = runnableCampaign(campaignId);
        var company = companyId == null ? null : company(companyId, "companyId");
        var letter = new SignOnLetter(campaign, company, title, addressees, text, closesOn, today(), clock.instant());
        em.persist(letter);
        return letter;
    }

    /** One text to several companies, a letter each, the company's name where it says {company}; all or none. */
    public List<SignOnLetter> createSet(
            long campaignId, String title, String text, List<SetLetter> companies, LocalDate closesOn) {
        var campaign = runnableCampaign(campaignId);
        var addressed = new ArrayList<LetterSet.Addressed>();
        for (int i = 0; i < companies.size(); i++) {
            var line = companies.get(i);
            var company = line.companyId() == null ? null : company(line.companyId(), "letters[" + i + "].companyId");
            addressed.add(new LetterSet.Addressed(company, line.addressees()));
        }
        var letters = LetterSet.write(campaign, title, text, addressed, closesOn, today(), clock.instant());
        em.persist(letters.get(0).getLetterSet());
        for (var letter : letters) {
            em.persist(letter);
            // One at a time, so that their ids, and the order they are listed in, follow the order they were given.
            em.flush();
        }
        return letters;
    }

    public LetterPage page(long letterId) {
        var access = caller.access();
        var letter = visible(letterId);
        var signatories = signatoriesOf(letterId);
        return new LetterPage(
                letter,
                signatories,
                sameSet(letter),
                signatories.stream()
                        .filter(s -> s.getOrganization().getId() == access.organizationId())
                        .findFirst(),
                letter.isOpen(today()),
                CampaignPolicy.mayRun(
                        access, letter.getCampaign().getCoalition().getId()),
                CampaignPolicy.maySign(access, letter));
    }

    /**
     * The caller's organization signs; a second time is a conflict, by the unique key if two race. A letter of a set
     * is signed with every other open letter of the set the organization has not signed yet.
     */
    public LetterSignatory sign(long letterId, String printedName) {
        var access = caller.access();
        var letter = visible(letterId);
        if (!CampaignPolicy.maySign(access, letter)) {
            throw new AccessDeniedException("An organization's admins sign letters for it.");
        }
        var organization = em.find(Organization.class, access.organizationId());
        var already = organization.getName() + " has already signed this letter.";
        if (signatoryOf(letterId, organization.getId()).isPresent()) {
            throw new ConflictException("organization", already);
        }
        var by = em.find(Member.class, access.memberId());
        var signatory = new LetterSignatory(letter, organization, printedName, by, today(), clock.instant());
        em.persist(signatory);
        for (var other : sameSet(letter)) {
            if (other.isOpen(today())
                    && signatoryOf(other.getId(), organization.getId()).isEmpty()) {
                em.persist(new LetterSignatory(other, organization, printedName, by, today(), clock.instant()));
            }
        }
        UniqueKeys.flush(em, "organization", already);
        return signatory;
    }

    /** The coalition's admins approve a signatory for print: on the letter, and on the others of its set it signed. */
    public LetterSignatory approve(long letterId, long organizationId) {
        var letter = runnable(letterId);
        var signatory = signatoryOf(letter.getId(), organizationId)
                .orElseThrow(() -> new NotFoundException("Signatory", organizationId));
        signatory.approve(clock.instant());
        for (var other : sameSet(letter)) {
            signatoryOf(other.getId(), organizationId).ifPresent(s -> s.approve(clock.instant()));
        }
        return signatory;
    }

    public SignOnLetter recordDelivery(long letterId, LocalDate on, String to, String how, String answer) {
        var letter = runnable(letterId);
        letter.recordDelivery(on, to, how, answer, today());
        return letter;
    }

    /** The letter as printed, with its approved signatories. */
    public byte[] pdf(long letterId) {
        var letter = visible(letterId);
        var approved = signatoriesOf(letterId).stream()
                .filter(LetterSignatory::isApproved)
                .toList();
        return LetterPdf.render(letter, approved, letter.getDeliveredOn() == null ? today() : letter.getDeliveredOn());
    }

    private Optional<LetterSignatory> signatoryOf(long letterId, long organizationId) {
        return em.createNamedQuery("LetterSignatory.find", LetterSignatory.class)
                .setParameter("letter", letterId)
                .setParameter("organization", organizationId)
                .getResultStream()
                .findFirst();
    }

    /** The other letters of its set, by id; none for a letter to one company. */
    private List<SignOnLetter> sameSet(SignOnLetter letter) {
        if (letter.getLetterSet() == null) {
            return List.of();
        }
        return em.createNamedQuery("SignOnLetter.listBySet", SignOnLetter.class)
                .setParameter("set", letter.getLetterSet().getId())
                .getResultStream()
                .filter(other -> !other.equals(letter))
                .toList();
    }

    private Campaign runnableCampaign(long campaignId) {
        var campaign = campaigns.get(campaignId);
        if (!CampaignPolicy.mayRun(caller.access(), campaign.getCoalition().getId())) {
            throw new AccessDeniedException("The coalition's admins write its letters.");
        }
        return campaign;
    }

    private Company company(long companyId, String field) {
        var company = em.find(Company.class, companyId);
        if (company == null) {
            throw new InvalidInputException(field, "There is no company " + companyId + ".");
        }
        return company;
    }

    private List<LetterSignatory> signatoriesOf(long letterId) {
        return em.createNamedQuery("LetterSignatory.listByLetter", LetterSignatory.class)
                .setParameter("letter", letterId)
                .getResultList();
    }

    private SignOnLetter visible(long letterId) {
        var access = caller.access();
        return em.createNamedQuery("SignOnLetter.find", SignOnLetter.class)
                .setParameter("id", letterId)
                .getResultStream()
                .findFirst()
                .filter(l -> CampaignPolicy.maySee(access, l.getCampaign()))
                .orElseThrow(() -> new NotFoundException("Letter", letterId));
    }

    private SignOnLetter runnable(long letterId) {
        var letter = visible(letterId);
        if (!CampaignPolicy.mayRun(
                caller.access(), letter.getCampaign().getCoalition().getId())) {
            throw new AccessDeniedException("The coalition's admins approve signatories and record the delivery.");
        }
        return letter;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
