package org.cofile.workflow.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.CampaignPolicy;
import org.cofile.domain.campaign.LetterSignatory;
import org.cofile.domain.campaign.SignOnLetter;
import org.cofile.domain.company.Company;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.shared.ConflictException;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * Sign-on letters of a campaign: the coalition's admins write them and approve who prints; each organization's admin
 * signs for it, once; the PDF prints the approved signatories.
 */
@Stateless
public class LetterService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    private final Clock clock = Clock.systemUTC();

    /** A letter with its signatories, and what the caller may do with it. */
    public record LetterPage(SignOnLetter letter, List<LetterSignatory> signatories, boolean mayRun, boolean maySign) {}

    public SignOnLetter create(
            long campaignId, Long companyId, String title, List<String> addressees, String text, LocalDate closesOn) {
        var access = caller.access();
        var campaign = em.createNamedQuery("Campaign.find", Campaign.class)
                .setParameter("id", campaignId)
                .getResultStream()
                .findFirst()
                .filter(c -> CampaignPolicy.maySee(access, c))
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
        if (!CampaignPolicy.mayRun(access, campaign.getCoalition().getId())) {
            throw new AccessDeniedException("The coalition's admins write its letters.");
        }
        var company = companyId == null ? null : em.find(Company.class, companyId);
        if (companyId != null && company == null) {
            throw new NotFoundException("Company", companyId);
        }
        var letter = new SignOnLetter(campaign, company, title, addressees, text, closesOn, today(), clock.instant());
        em.persist(letter);
        return letter;
    }

    public LetterPage page(long letterId) {
        var access = caller.access();
        var letter = visible(letterId);
        return new LetterPage(
                letter,
                signatoriesOf(letterId),
                CampaignPolicy.mayRun(
                        access, letter.getCampaign().getCoalition().getId()),
                CampaignPolicy.maySign(access, letter));
    }

    /** The caller's organization signs; a second time is a conflict, by the unique key if two race. */
    public LetterSignatory sign(long letterId, String printedName) {
        var access = caller.access();
        var letter = visible(letterId);
        if (!CampaignPolicy.maySign(access, letter)) {
            throw new AccessDeniedException("An organization's admins sign letters for it.");
        }
        var organization = em.find(Organization.class, access.organizationId());
        var already = em.createNamedQuery("LetterSignatory.find", LetterSignatory.class)
                .setParameter("letter", letterId)
                .setParameter("organization", organization.getId())
                .getResultStream()
                .findFirst();
        if (already.isPresent()) {
            throw new ConflictException("organization", organization.getName() + " has already signed this letter.");
        }
        var signatory = new LetterSignatory(
                letter, organization, printedName, em.find(Member.class, access.memberId()), today(), clock.instant());
        em.persist(signatory);
        UniqueKeys.flush(em, "organization", organization.getName() + " has already signed this letter.");
        return signatory;
    }

    /** The coalition's admins approve a signatory for print. */
    public LetterSignatory approve(long letterId, long organizationId) {
        var letter = runnable(letterId);
        var signatory = em.createNamedQuery("LetterSignatory.find", LetterSignatory.class)
                .setParameter("letter", letter.getId())
                .setParameter("organization", organizationId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Signatory", organizationId));
        signatory.approve(clock.instant());
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
