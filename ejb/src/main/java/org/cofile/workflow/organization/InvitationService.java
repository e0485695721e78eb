package org.cofile.workflow.organization;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Invitation;
import org.cofile.domain.organization.InvitationKind;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.OneTimeToken;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.organization.PasswordPolicy;
import org.cofile.domain.organization.Role;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.notification.MailSettings;
import org.cofile.workflow.security.PasswordHasher;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * Invitations: an organization admin invites people into its organization; a coalition admin invites organizations
 * into its coalition, new ones with their first admin or existing ones through one of their admins. The link is
 * e-mailed after the invitation commits, and shown once to the inviter.
 */
@Stateless
public class InvitationService {

    /** The page an invitation link opens, relative to the portal's address. */
    public static final String ACCEPT_PAGE = "invitations/accept.xhtml?token=";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<MailMessage> mail;

    private final Clock clock = Clock.systemUTC();

    /** A person into the caller's organization, with {@code role}; for the organization's admins. */
    public IssuedInvitation inviteMember(String email, Role role) {
        var admin = caller.getMember();
        if (!admin.hasRole(Role.ORG_ADMIN)) {
            throw new AccessDeniedException("Only an organization admin invites members.");
        }
        var issued = Invitation.member(admin, email, role, clock.instant());
        requireNoAccount(issued.invitation().getEmail());
        return send(
                issued,
                "You are invited to " + admin.getOrganization().getName() + " on Cofile",
                admin.getDisplayName() + " invites you to join "
                        + admin.getOrganization().getName()
                        + " on Cofile, where investor coalitions draft and co-file shareholder resolutions.");
    }

    /** A new organization with its first admin into a coalition the caller administers. */
    public IssuedInvitation inviteNewOrganization(
            long coalitionId, String organizationName, OrganizationKind kind, String adminEmail) {
        var admin = caller.getMember();
        var coalition = administered(coalitionId);
        if (organizationName != null
                && !em.createNamedQuery("Organization.findByName", Organization.class)
                        .setParameter("name", organizationName.strip())
                        .getResultList()
                        .isEmpty()) {
            throw new ConflictException(
                    "organizationName", "An organization of that name is on Cofile: invite it as an existing one.");
        }
        var issued = Invitation.newOrganization(admin, coalition, organizationName, kind, adminEmail, clock.instant());
        requireNoAccount(issued.invitation().getEmail());
        return send(
                issued,
                "Your organization is invited to " + coalition.getName() + " on Cofile",
                admin.getDisplayName() + " invites " + issued.invitation().getOrganizationName() + " to the coalition "
                        + coalition.getName() + " on Cofile, with you as its first admin.");
    }

    /** An organization already on Cofile into a coalition the caller administers, through one of its admins. */
    public IssuedInvitation inviteExistingOrganization(long coalitionId, Long organizationId, String adminEmail) {
        var admin = caller.getMember();
        var coalition = administered(coalitionId);
        var organization = Optional.ofNullable(
                        organizationId == null ? null : em.find(Organization.class, organizationId))
                .orElseThrow(() -> new InvalidInputException("organizationId", "Choose the organization."));
        var recipient = em.createNamedQuery("Member.findActiveByEmail", Member.class)
                .setParameter("email", Member.normalizeEmail(adminEmail))
                .getResultStream()
                .filter(m -> m.belongsTo(organization) && m.hasRole(Role.ORG_ADMIN))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "email", "Send it to an admin of " + organization.getName() + " who has an account."));
        var issued =
                Invitation.existingOrganization(admin, coalition, organization, recipient.getEmail(), clock.instant());
        return send(
                issued,
                organization.getName() + " is invited to " + coalition.getName() + " on Cofile",
                admin.getDisplayName() + " invites " + organization.getName() + " to the coalition "
                        + coalition.getName() + ". Sign in as an admin of " + organization.getName()
                        + " and accept it.");
    }

    /** What the link of an invitation opens, without using it: to show whom it invites, or why it no longer works. */
    public Invitation preview(String secret) {
        var invitation = bySecret(secret);
        invitation.getToken().requireUsable(clock.instant());
        return invitation;
    }

    /**
     * Accepts an invitation of a person: the link is used up and the new member, with the chosen name and password,
     * can sign in; a new organization is created and joins its coalition.
     */
    public Member accept(String secret, String displayName, String password) {
        var invitation = bySecret(secret);
        invitation.getToken().requireUsable(clock.instant());
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new InvalidInputException("displayName", "Give your name (1 to 200 characters).");
        }
        PasswordPolicy.check(password, "password");
        requireNoAccount(invitation.getEmail());
        var organization = invitation.acceptAsNewMember(clock.instant());
        if (organization.isNew()) {
            em.persist(organization);
        }
        var member = new Member(
                organization, invitation.getEmail(), displayName.strip(), invitation.getRole(), hasher.hash(password));
        em.persist(member);
        flushOnce();
        return member;
    }

    /** Accepts an organization's invitation into a coalition; the caller must be one of its admins. */
    public Coalition acceptForOrganization(String secret) {
        var invitation = bySecret(secret);
        invitation.acceptForOrganization(caller.getMember(), clock.instant());
        flushOnce();
        return invitation.getCoalition();
    }

    /** Open invitations of the caller's organization, for its admins. */
    public List<Invitation> openInvitations() {
        var admin = caller.getMember();
        if (!admin.hasRole(Role.ORG_ADMIN)) {
            throw new AccessDeniedException("Only an organization admin sees its invitations.");
        }
        return em.createNamedQuery("Invitation.listOpenByOrganization", Invitation.class)
                .setParameter("organization", admin.getOrganization().getId())
                .setParameter("kind", InvitationKind.MEMBER)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    private IssuedInvitation send(Invitation.Issued issued, String subject, String introduction) {
        em.persist(issued.invitation());
        var link = MailSettings.baseUrl() + ACCEPT_PAGE + issued.secret();
        mail.fire(new MailMessage(
                issued.invitation().getEmail(),
                subject,
                introduction + "\n\nFollow this link within 7 days; it works once:\n" + link + "\n"));
        return new IssuedInvitation(issued.invitation(), issued.secret());
    }

    private Coalition administered(long coalitionId) {
        var access = caller.access();
        if (!access.inCoalition(coalitionId)) {
            throw new NotFoundException("Coalition", coalitionId);
        }
        if (!access.administers(coalitionId)) {
            throw new AccessDeniedException("Only an admin of the coalition invites organizations into it.");
        }
        return em.find(Coalition.class, coalitionId);
    }

    private void requireNoAccount(String email) {
        if (!em.createNamedQuery("Member.findByEmail", Member.class)
                .setParameter("email", email)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("email", email + " has a Cofile account already.");
        }
    }

    private Invitation bySecret(String secret) {
        return em.createNamedQuery("Invitation.findByHash", Invitation.class)
                .setParameter("hash", OneTimeToken.hashOf(secret))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("token", "This invitation link is not valid."));
    }

    /** Two acceptances of one link at the same moment: the second finds the link used. */
    private void flushOnce() {
        try {
            UniqueKeys.flush(em, "email", "This address has a Cofile account already.");
        } catch (OptimisticLockException e) {
            throw new InvalidInputException("token", "This link has been used already; ask for a new one.");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new InvalidInputException("token", "This link has been used already; ask for a new one.");
            }
            throw e;
        }
    }

    /** An invitation and the secret of its link, to show once to the inviter. */
    public record IssuedInvitation(Invitation invitation, String secret) {

        public String link() {
            return MailSettings.baseUrl() + ACCEPT_PAGE + secret;
        }
    }
}
