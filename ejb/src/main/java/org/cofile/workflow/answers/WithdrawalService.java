package org.cofile.workflow.answers;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.answers.AnswersPolicy;
import org.cofile.domain.answers.ProposalWithdrawal;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.TimelineKind;
import org.cofile.domain.shared.ConflictException;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;

/**
 * The withdrawal of a filed proposal: the lead filer proposes it (with the agreement, if there is one) and gives its
 * word; every other proponent gives its own; with the last, the resolution is withdrawn.
 */
@Stateless
public class WithdrawalService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private FiledResolutions filed;

    /**
     * The withdrawal, whose word it awaits, and whether the caller may give its organization's word now (a proponent
     * still awaited, through its filers).
     */
    public record WithdrawalState(
            ProposalWithdrawal withdrawal,
            List<Organization> proponents,
            List<Organization> awaiting,
            boolean callerMayConsent) {}

    public Optional<WithdrawalState> find(long resolutionId) {
        var resolution = filed.visible(resolutionId, caller.access());
        return withdrawalOf(resolutionId).map(w -> state(w, resolution));
    }

    /** Proposed by those who record the company's answers, with the lead filer's word given at once. */
    public WithdrawalState propose(
            long resolutionId, boolean withAgreement, String terms, LocalDate agreedOn, LocalDate on) {
        var access = caller.access();
        var resolution = filed.recordable(resolutionId, access);
        if (withdrawalOf(resolutionId).isPresent()) {
            throw new ConflictException(
                    "withdrawal",
                    "The withdrawal of this proposal is already recorded; each proponent gives its word.");
        }
        var withdrawal =
                new ProposalWithdrawal(resolution, withAgreement, terms, agreedOn, on, filed.today(), filed.now());
        em.persist(withdrawal);
        consent(withdrawal, resolution, resolution.getLeadFiler(), on, access);
        return state(withdrawal, resolution);
    }

    /** The word of the caller's organization, a proponent, that it withdraws. */
    public WithdrawalState consent(long resolutionId, LocalDate on) {
        var access = caller.access();
        var resolution = filed.visible(resolutionId, access);
        if (!AnswersPolicy.mayWithdrawFor(access, resolution, access.organizationId())) {
            throw new AccessDeniedException("A proponent's filers give its word that it withdraws.");
        }
        var withdrawal = withdrawalOf(resolutionId)
                .orElseThrow(() -> new NotFoundException("Withdrawal of resolution", resolutionId));
        consent(withdrawal, resolution, em.find(Organization.class, access.organizationId()), on, access);
        return state(withdrawal, resolution);
    }

    private void consent(
            ProposalWithdrawal withdrawal,
            Resolution resolution,
            Organization organization,
            LocalDate on,
            Access access) {
        var completed = withdrawal.consent(
                organization, proponents(resolution), on, filed.member(access), filed.today(), filed.now());
        filed.timeline(
                resolution, TimelineKind.PROPOSAL_WITHDRAWN, organization.getName() + " withdraws on " + on, access);
        completed.ifPresent(em::persist);
    }

    private WithdrawalState state(ProposalWithdrawal withdrawal, Resolution resolution) {
        var access = caller.access();
        var proponents = proponents(resolution);
        var awaiting = withdrawal.awaiting(proponents);
        boolean mayConsent = AnswersPolicy.mayWithdrawFor(access, resolution, access.organizationId())
                && awaiting.stream().anyMatch(o -> o.getId() == access.organizationId());
        return new WithdrawalState(withdrawal, proponents, awaiting, mayConsent);
    }

    /** The organizations that filed it: the co-filers who joined, the lead filer among them. */
    private List<Organization> proponents(Resolution resolution) {
        return em
                .createNamedQuery("CoFiler.listByResolution", CoFiler.class)
                .setParameter("resolution", resolution.getId())
                .getResultList()
                .stream()
                .filter(c -> c.getStatus().isProponent())
                .map(CoFiler::getOrganization)
                .toList();
    }

    private Optional<ProposalWithdrawal> withdrawalOf(long resolutionId) {
        return em.createNamedQuery("ProposalWithdrawal.findByResolution", ProposalWithdrawal.class)
                .setParameter("resolution", resolutionId)
                .getResultStream()
                .findFirst();
    }
}
