package org.cofile.workflow.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Role;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.shared.Caller;

/**
 * Checks a member's password, at sign-in and where a signed-in member must confirm it again. Failures are counted by
 * the {@link SignInThrottle}, which slows guessing down instead of locking the account: no one can lock another out.
 */
@Stateless
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private Caller caller;

    /**
     * One sign-in attempt from {@code clientAddress}. A throttled attempt is answered without looking at the password
     * or the account; every other one spends the same work, whether the e-mail is known or not, so that neither the
     * answer nor its time tells which e-mails have accounts.
     */
    public SignInOutcome signIn(String email, String password, String clientAddress) {
        var wait = throttle.waitBefore(email, clientAddress);
        if (wait.isPresent()) {
            return SignInOutcome.throttled(email, wait.get());
        }
        var member = findByEmail(email);
        if (!passwordMatches(member, password)) {
            throttle.failed(email, clientAddress);
            return SignInOutcome.invalid(email);
        }
        throttle.succeeded(email);
        return SignInOutcome.signedIn(member.getEmail(), groupsOf(member));
    }

    /**
     * The signed-in member confirms its password before a change that would outlive a stolen session (a new API
     * token, a new password). Wrong or throttled, it is refused on the field {@code password}.
     */
    public Member confirmPassword(String password) {
        var member = caller.getMember();
        var wait = throttle.waitBefore(member.getEmail(), null);
        if (wait.isPresent()) {
            throw new InvalidInputException(
                    "password", "Too many wrong passwords; try again in " + seconds(wait.get()) + " seconds.");
        }
        if (!passwordMatches(member, password)) {
            throttle.failed(member.getEmail(), null);
            throw new InvalidInputException("password", "This is not your password.");
        }
        throttle.succeeded(member.getEmail());
        return member;
    }

    /** Whole seconds to wait, rounded up: what a Retry-After header and a person can use. */
    public static long seconds(Duration wait) {
        return (wait.toMillis() + 999) / 1000;
    }

    /** The group the container checks for the pages only a platform admin may open. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    /** The container groups of a member: its role and those it includes, and {@value #PLATFORM_ADMIN} if it is one. */
    public static Set<String> groupsOf(Member member) {
        var groups = member.getRole().included().stream().map(Role::name).collect(Collectors.toSet());
        if (member.isPlatformAdmin()) {
            groups.add(PLATFORM_ADMIN);
        }
        return Set.copyOf(groups);
    }

    /**
     * Whether the member signed in to a session may still act: a deactivated member's session stops working on its
     * next request.
     */
    public boolean isActive(String email) {
        return findByEmail(email) != null;
    }

    private boolean passwordMatches(Member member, String password) {
        if (member == null) {
            // Same work as for a real account, so the response time does not tell which e-mails exist.
            hasher.matches(password, UnknownAccountHash.get(hasher));
            return false;
        }
        return hasher.matches(password, member.getPasswordHash());
    }

    private Member findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return em.createNamedQuery("Member.findActiveByEmail", Member.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A hash of a random password, made once, to spend the same time on unknown e-mails. */
    private static final class UnknownAccountHash {
        private static volatile String value;

        static String get(PasswordHasher hasher) {
            if (value == null) {
                value = hasher.hash(UUID.randomUUID().toString());
            }
            return value;
        }
    }
}
