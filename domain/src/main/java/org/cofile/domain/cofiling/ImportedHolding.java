package org.cofile.domain.cofiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cofile.domain.company.Company;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.shared.BaseEntity;

/**
 * An organization's holding in one company as its custodian's export last stated it: what the co-filing page offers
 * when the organization joins a resolution at that company. Each import replaces the organization's holdings.
 */
@Entity
@Table(name = "imported_holding")
@NamedQuery(
        name = "ImportedHolding.find",
        query = "select h from ImportedHolding h where h.organization.id = :organization and h.company.id = :company")
@NamedQuery(
        name = "ImportedHolding.deleteByOrganization",
        query = "delete from ImportedHolding h where h.organization.id = :organization")
public class ImportedHolding extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false, precision = 20, scale = 4)
    private BigDecimal shares;

    @Column(name = "held_since", nullable = false)
    private LocalDate heldSince;

    @Column(name = "highest_price", precision = 20, scale = 4)
    private BigDecimal highestPrice;

    @Column(name = "holding_value", precision = 20, scale = 2)
    private BigDecimal value;

    @Column(length = CoFiler.CUSTODIAN_MAX)
    private String custodian;

    @Column(name = "dtc_participant", length = 4)
    private String dtcParticipant;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportedHolding() {}

    /** {@code line} is a row of the export already checked for form; the organization's holding in the company. */
    public ImportedHolding(Organization organization, Company company, HoldingLine line, Instant at) {
        this.organization = organization;
        this.company = company;
        this.shares = line.shares();
        this.heldSince = line.heldSince();
        this.highestPrice = line.highestPrice();
        this.value = line.value();
        this.custodian = line.custodian();
        this.dtcParticipant = line.dtcParticipant();
        this.importedAt = at;
    }

    /** The holding as a co-filer records it, keeping the statements that an export does not carry. */
    public HoldingRecord onto(CoFiler coFiler) {
        var recorded = coFiler.holding();
        return new HoldingRecord(
                shares,
                heldSince,
                highestPrice,
                value,
                custodian,
                dtcParticipant,
                recorded.proofCoversThrough(),
                recorded.intendsToHold(),
                recorded.availability(),
                recorded.contact(),
                recorded.representative());
    }

    public Company getCompany() {
        return company;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
