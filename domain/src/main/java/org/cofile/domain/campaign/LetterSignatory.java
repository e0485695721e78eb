package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;

/**
 * An organization's signature on a letter, given by its admin with the name as it should print; it is printed once
 * the coalition's admins approve it. One per organization and letter, by the database's unique key.
 */
@Entity
@Table(name = "letter_signatory", uniqueConstraints = @UniqueConstraint(columnNames = {"letter_id", "organization_id"}))
@NamedQuery(
        name = "LetterSignatory.listByLetter",
        query = "select s from LetterSignatory s join fetch s.organization where s.letter.id = :letter"
                + " order by s.printedName, s.id")
@NamedQuery(
        name = "LetterSignatory.find",
        query = "select s from LetterSignatory s where s.letter.id = :letter and s.organization.id = :organization")
public class LetterSignatory extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int PRINTED_NAME_MAX = 200;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id", nullable = false)
    private SignOnLetter letter;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(name = "printed_name", nullable = false, length = PRINTED_NAME_MAX)
    private String printedName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_by", nullable = false)
    private Member signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(nullable = false)
    private boolean approved;

    @Column(name = "approved_at")
    private Instant approvedAt;

    protected LetterSignatory() {}

    /** Refused: a letter closed or delivered; no printed name (the organization's own name stands in when blank). */
    public LetterSignatory(
            SignOnLetter letter,
            Organization organization,
            String printedName,
            Member by,
            LocalDate today,
            Instant at) {
        if (!letter.isOpen(today)) {
            throw new ConflictException(
                    "letter",
                    letter.getDeliveredOn() != null
                            ? "The letter was delivered on " + letter.getDeliveredOn() + "."
                            : "Signing closed on " + letter.getClosesOn() + ".");
        }
        var name = printedName == null || printedName.isBlank() ? organization.getName() : printedName.strip();
        if (name.length() > PRINTED_NAME_MAX) {
            throw new InvalidInputException("printedName", "At most " + PRINTED_NAME_MAX + " characters.");
        }
        this.letter = letter;
        this.organization = organization;
        this.printedName = name;
        this.signedBy = by;
        this.signedAt = at;
    }

    public void approve(Instant at) {
        this.approved = true;
        this.approvedAt = at;
    }

    public SignOnLetter getLetter() {
        return letter;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getPrintedName() {
        return printedName;
    }

    public boolean isApproved() {
        return approved;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    @Override
    public String auditLabel() {
        return printedName + " on letter " + letter.getId();
    }
}
