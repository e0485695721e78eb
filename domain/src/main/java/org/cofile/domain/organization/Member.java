package org.cofile.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.cofile.domain.notification.MailPreference;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A person who signs in to Cofile. Each member belongs to exactly one organization and acts for it; the member's role
 * says what it may do for it. A deactivated member stays on record (its name is in timelines) but can no longer sign
 * in, and its sessions and tokens stop working.
 */
@Entity
@Table(name = "member_account")
@NamedQuery(name = "Member.findByEmail", query = "SELECT m FROM Member m WHERE m.email = :email")
@NamedQuery(
        name = "Member.findActiveByEmail",
        query = "SELECT m FROM Member m WHERE m.email = :email AND m.active = TRUE")
@NamedQuery(
        name = "Member.findActiveByCalendarFeed",
        query = "SELECT m FROM Member m JOIN FETCH m.organization WHERE m.calendarFeedHash = :hash AND m.active = TRUE")
@NamedQuery(name = "Member.countAll", query = "SELECT COUNT(m) FROM Member m")
@NamedQuery(
        name = "Member.listActiveByOrganizations",
        query = "SELECT m FROM Member m JOIN FETCH m.organization WHERE m.organization.id IN :organizations"
                + " AND m.active = TRUE")
@NamedQuery(
        name = "Member.listByOrganization",
        query = "SELECT m FROM Member m WHERE m.organization = :organization ORDER BY m.displayName")
public class Member extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(nullable = false, unique = true, length = 200)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "preferred_locale", length = 10)
    private String preferredLocale;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_preference", nullable = false, length = 20)
    private MailPreference mailPreference = MailPreference.IMMEDIATE;

    /** Runs the platform: creates coalitions. Gives no rights inside any coalition. */
    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /** SHA-256 of the secret in the member's calendar feed address; {@code null} until the member asks for one. */
    @Column(name = "calendar_feed_hash", length = 64, unique = true)
    private String calendarFeedHash;

    protected Member() {}

    /** A new feed address replaces the old one, which stops working at once. */
    public void resetCalendarFeed(String secretHash) {
        this.calendarFeedHash = secretHash;
    }

    public boolean hasCalendarFeed() {
        return calendarFeedHash != null;
    }

    public Member(Organization organization, String email, String displayName, Role role, String passwordHash) {
        if (organization == null) {
            throw new InvalidInputException("organization", "A member belongs to an organization.");
        }
        this.organization = organization;
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    /** E-mail addresses are compared without case, as mail servers do for the domain and nearly all for the rest. */
    public static String normalizeEmail(String email) {
        if (email == null || !email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new InvalidInputException("email", "Enter an e-mail address such as name@example.org.");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean belongsTo(Organization other) {
        return organization.equals(other);
    }

    /** Stops the member from signing in and from using its sessions and tokens; its record stays. */
    public void deactivate(Instant at) {
        if (active) {
            active = false;
            deactivatedAt = at;
        }
    }

    public boolean isActive() {
        return active;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public void makePlatformAdmin() {
        this.platformAdmin = true;
    }

    public boolean hasRole(Role required) {
        return role.includes(required);
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public void changeRole(Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "Choose a role.");
        }
        this.role = role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public MailPreference getMailPreference() {
        return mailPreference;
    }

    public void setMailPreference(MailPreference mailPreference) {
        if (mailPreference == null) {
            throw new InvalidInputException("mail", "Choose IMMEDIATE, DAILY_DIGEST or NONE.");
        }
        this.mailPreference = mailPreference;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    @Override
    public String auditLabel() {
        return email;
    }
}
