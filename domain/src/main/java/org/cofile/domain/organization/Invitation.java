package org.cofile.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * An invitation to join Cofile: a person into an organization, or an organization into a coalition. Its link is
 * single-use and expires after {@link #VALIDITY}; only the link's hash is stored.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.findByHash", query = "SELECT i FROM Invitation i WHERE i.token.tokenHash = :hash")
@NamedQuery(
        name = "Invitation.listOpenByOrganization",
        query = "SELECT i FROM Invitation i WHERE i.organization.id = :organization AND i.kind = :kind"
                + " AND i.token.usedAt IS NULL AND i.token.expiresAt > :now ORDER BY i.createdAt DESC")
public class Invitation extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    /** An invitation link works for seven days. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InvitationKind kind;

    /** Whom the link was sent to; for an existing organization, the admin it was addressed to. */
    @Column(nullable = false, length = 200)
    private String email;

    /** The organization a member joins, or the existing organization invited; null for a new one until accepted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coalition_id")
    private Coalition coalition;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Role role;

    @Column(name = "organization_name", length = Organization.NAME_MAX)
    private String organizationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "organization_kind", length = 40)
    private OrganizationKind organizationKind;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by_id", nullable = false)
    private Member invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private OneTimeToken token;

    protected Invitation() {}

    private Invitation(InvitationKind kind, String email, Member invitedBy, Instant now, OneTimeToken token) {
        this.kind = kind;
        this.email = Member.normalizeEmail(email);
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.token = token;
    }

    /** A person into the inviting admin's organization, with {@code role}. */
    public static Issued member(Member invitedBy, String email, Role role, Instant now) {
        if (role == null) {
            throw new InvalidInputException("role", "Choose the role the new member will have.");
        }
        var issued = OneTimeToken.issue(now, VALIDITY);
        var invitation = new Invitation(InvitationKind.MEMBER, email, invitedBy, now, issued.token());
        invitation.organization = invitedBy.getOrganization();
        invitation.role = role;
        return new Issued(invitation, issued.secret());
    }

    /** A new organization, whose first admin receives the link, into {@code coalition}. */
    public static Issued newOrganization(
            Member invitedBy, Coalition coalition, String name, OrganizationKind kind, String adminEmail, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > Organization.NAME_MAX) {
            throw new InvalidInputException(
                    "organizationName",
                    "Give the organization's name (1 to " + Organization.NAME_MAX + " characters).");
        }
        if (kind == null) {
            throw new InvalidInputException("organizationKind", "Choose what kind of organization it is.");
        }
        var issued = OneTimeToken.issue(now, VALIDITY);
        var invitation = new Invitation(InvitationKind.NEW_ORGANIZATION, adminEmail, invitedBy, now, issued.token());
        invitation.coalition = coalition;
        invitation.organizationName = name.strip();
        invitation.organizationKind = kind;
        invitation.role = Role.ORG_ADMIN;
        return new Issued(invitation, issued.secret());
    }

    /** An organization already on Cofile into {@code coalition}, by a link to one of its admins. */
    public static Issued existingOrganization(
            Member invitedBy, Coalition coalition, Organization organization, String adminEmail, Instant now) {
        if (coalition.includes(organization)) {
            throw new InvalidInputException(
                    "organizationId", organization.getName() + " belongs to " + coalition.getName() + " already.");
        }
        var issued = OneTimeToken.issue(now, VALIDITY);
        var invitation =
                new Invitation(InvitationKind.EXISTING_ORGANIZATION, adminEmail, invitedBy, now, issued.token());
        invitation.coalition = coalition;
        invitation.organization = organization;
        return new Issued(invitation, issued.secret());
    }

    /** An invitation and the secret of its link, which is sent and never stored. */
    public record Issued(Invitation invitation, String secret) {}

    /**
     * Accepts an invitation that brings a person in ({@link InvitationKind#MEMBER}, {@link
     * InvitationKind#NEW_ORGANIZATION}): the link is used up, and the organization the new member belongs to is
     * returned (a new one joins the coalition).
     */
    public Organization acceptAsNewMember(Instant now) {
        if (kind == InvitationKind.EXISTING_ORGANIZATION) {
            throw new InvalidInputException("token", "This invitation is accepted by an admin of the organization.");
        }
        token.redeem(now);
        if (kind == InvitationKind.NEW_ORGANIZATION) {
            organization = new Organization(organizationName, organizationKind);
            coalition.join(organization);
        }
        return organization;
    }

    /** Accepts an organization's invitation into a coalition, by one of that organization's admins. */
    public void acceptForOrganization(Member admin, Instant now) {
        if (kind != InvitationKind.EXISTING_ORGANIZATION) {
            throw new InvalidInputException("token", "This invitation is for a person, not an organization.");
        }
        if (!admin.belongsTo(organization) || !admin.hasRole(Role.ORG_ADMIN)) {
            throw new InvalidInputException(
                    "token", "Only an admin of " + organization.getName() + " may accept this invitation.");
        }
        token.redeem(now);
        coalition.join(organization);
    }

    public InvitationKind getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Role getRole() {
        return role;
    }

    public String getOrganizationName() {
        return organization != null ? organization.getName() : organizationName;
    }

    public OrganizationKind getOrganizationKind() {
        return organizationKind;
    }

    public Member getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public OneTimeToken getToken() {
        return token;
    }

    @Override
    public String auditLabel() {
        return kind + " " + email;
    }
}
