package org.cofile.domain.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.shared.BaseEntity;

/** One proponent's word that it withdraws the proposal; the database keeps it to one per organization. */
@Entity
@Table(
        name = "withdrawal_consent",
        uniqueConstraints = @UniqueConstraint(columnNames = {"withdrawal_id", "organization_id"}))
public class WithdrawalConsent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "withdrawal_id", nullable = false)
    private ProposalWithdrawal withdrawal;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(name = "consented_on", nullable = false)
    private LocalDate consentedOn;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    protected WithdrawalConsent() {}

    WithdrawalConsent(ProposalWithdrawal withdrawal, Organization organization, LocalDate on, Member member) {
        this.withdrawal = withdrawal;
        this.organization = organization;
        this.consentedOn = on;
        this.member = member;
    }

    public Organization getOrganization() {
        return organization;
    }

    public LocalDate getConsentedOn() {
        return consentedOn;
    }

    public Member getMember() {
        return member;
    }
}
