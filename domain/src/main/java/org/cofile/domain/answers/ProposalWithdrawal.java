package org.cofile.domain.answers;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The proponents withdraw a filed proposal, with or without an agreement with the company. The lead filer proposes it
 * and gives its own word; the withdrawal is complete once every proponent has given its word, because the company
 * (and the SEC staff, for a pending no-action request) takes a withdrawal only from all of them (SLB 14F). An
 * agreement's terms are kept, and its commitments are followed up like any other.
 */
@Entity
@Table(name = "proposal_withdrawal")
@NamedQuery(
        name = "ProposalWithdrawal.findByResolution",
        query = "select w from ProposalWithdrawal w where w.resolution.id = :resolution")
public class ProposalWithdrawal extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int TERMS_MAX = 5_000;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false, unique = true)
    private Resolution resolution;

    @Column(name = "with_agreement", nullable = false)
    private boolean withAgreement;

    @Column(length = TERMS_MAX)
    private String terms;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    /** The day the last proponent gave its word; {@code null} while some have not. */
    @Column(name = "completed_on")
    private LocalDate completedOn;

    @OneToMany(mappedBy = "withdrawal", cascade = CascadeType.PERSIST)
    @OrderBy("consentedOn, id")
    private List<WithdrawalConsent> consents = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProposalWithdrawal() {}

    /**
     * Refused: a resolution not filed (or already withdrawn), a day after today or before the submission, an
     * agreement without its terms or its date.
     */
    public ProposalWithdrawal(
            Resolution resolution,
            boolean withAgreement,
            String terms,
            LocalDate agreedOn,
            LocalDate proposedOn,
            LocalDate today,
            Instant at) {
        if (resolution.getState() != ResolutionState.FILED) {
            throw new ConflictException(
                    "state", "Only a filed proposal can be withdrawn; this one is " + resolution.getState() + ".");
        }
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "on", proposedOn, today);
        var submitted = resolution.getSubmittedOn();
        if (proposedOn != null && submitted != null && proposedOn.isBefore(submitted) && !errors.containsKey("on")) {
            errors.put("on", "A proposal is withdrawn after its submission on " + submitted + ".");
        }
        if (withAgreement) {
            if (terms == null || terms.isBlank()) {
                errors.put("terms", "Give the terms of the agreement with the company.");
            }
            Answers.requireDay(errors, "agreedOn", agreedOn, today);
        }
        if (terms != null && terms.length() > TERMS_MAX) {
            errors.put("terms", "At most " + TERMS_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.resolution = resolution;
        this.withAgreement = withAgreement;
        this.terms = terms == null || terms.isBlank() ? null : terms.strip();
        this.agreedOn = withAgreement ? agreedOn : null;
        this.proposedOn = proposedOn;
        this.updatedAt = at;
    }

    /**
     * {@code organization}'s word that it withdraws, given on {@code on}; when it is the last of {@code proponents}
     * the withdrawal is complete and the resolution withdrawn, and the timeline's entry for it is returned.
     */
    public Optional<ResolutionEvent> consent(
            Organization organization,
            Collection<Organization> proponents,
            LocalDate on,
            Member by,
            LocalDate today,
            Instant at) {
        if (completedOn != null) {
            throw new ConflictException("on", "Every proponent withdrew the proposal on " + completedOn + ".");
        }
        if (!proponents.contains(organization)) {
            throw new ConflictException(
                    "organization", organization.getName() + " is not a proponent of this proposal.");
        }
        if (hasConsented(organization)) {
            throw new ConflictException("organization", organization.getName() + " has already withdrawn.");
        }
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "on", on, today);
        if (on != null && on.isBefore(proposedOn) && !errors.containsKey("on")) {
            errors.put("on", "The withdrawal was proposed on " + proposedOn + ": a proponent's word comes after.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        consents.add(new WithdrawalConsent(this, organization, on, by));
        updatedAt = at;
        if (!awaiting(proponents).isEmpty()) {
            return Optional.empty();
        }
        completedOn = consents.stream()
                .map(WithdrawalConsent::getConsentedOn)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return Optional.of(resolution.withdraw(completedOn, by, at));
    }

    public boolean hasConsented(Organization organization) {
        return consents.stream().anyMatch(c -> c.getOrganization().equals(organization));
    }

    /** The proponents whose word is still awaited. */
    public List<Organization> awaiting(Collection<Organization> proponents) {
        return proponents.stream().filter(p -> !hasConsented(p)).toList();
    }

    public boolean isComplete() {
        return completedOn != null;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public boolean isWithAgreement() {
        return withAgreement;
    }

    public String getTerms() {
        return terms;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public List<WithdrawalConsent> getConsents() {
        return List.copyOf(consents);
    }

    @Override
    public String auditLabel() {
        return "Withdrawal of resolution " + resolution.getId();
    }
}
