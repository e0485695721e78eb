package org.cofile.workflow.security;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.OneTimeToken;
import org.cofile.domain.organization.PasswordPolicy;
import org.cofile.domain.organization.PasswordReset;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.notification.MailSettings;
import org.cofile.workflow.shared.Caller;

/**
 * Passwords: a member changes its own (confirming the current one), and a forgotten one is reset through an e-mailed
 * single-use link. Asking for a reset answers the same whether the address has an account or not.
 */
@Stateless
public class PasswordService {

    /** The page a reset link opens, relative to the portal's address. */
    public static final String RESET_PAGE = "account/reset.xhtml?token=";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private Event<MailMessage> mail;

    private final Clock clock = Clock.systemUTC();

    /** Changes the signed-in member's password; the current one must be given, the new one must pass the policy. */
    public void change(String currentPassword, String newPassword) {
        var member = accounts.confirmPassword(currentPassword);
        PasswordPolicy.check(newPassword, "newPassword");
        member.changePasswordHash(hasher.hash(newPassword));
    }

    /** E-mails a reset link if {@code email} belongs to an active member; says nothing either way. */
    public void requestReset(String email) {
        var normalized = Member.normalizeEmail(email);
        em.createNamedQuery("Member.findActiveByEmail", Member.class)
                .setParameter("email", normalized)
                .getResultStream()
                .findFirst()
                .ifPresent(member -> {
                    var issued = PasswordReset.issue(member, clock.instant());
                    em.persist(issued.reset());
                    mail.fire(new MailMessage(
                            member.getEmail(),
                            "Reset your Cofile password",
                            "Someone, hopefully you, asked to reset the password of " + member.getEmail()
                                    + " on Cofile. Follow this link within an hour to choose a new one; it works once:\n"
                                    + MailSettings.baseUrl() + RESET_PAGE + issued.secret()
                                    + "\n\nIf it was not you, ignore this mail: your password stays as it is.\n"));
                });
    }

    /** Sets a new password through a reset link, which is used up; the sign-in throttle forgets the account. */
    public void reset(String secret, String newPassword) {
        var reset = em.createNamedQuery("PasswordReset.findByHash", PasswordReset.class)
                .setParameter("hash", OneTimeToken.hashOf(secret))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("token", "This reset link is not valid."));
        PasswordPolicy.check(newPassword, "newPassword");
        var member = reset.redeem(clock.instant());
        if (!member.isActive()) {
            throw new InvalidInputException("token", "This account is deactivated.");
        }
        member.changePasswordHash(hasher.hash(newPassword));
        throttle.succeeded(member.getEmail());
    }
}
