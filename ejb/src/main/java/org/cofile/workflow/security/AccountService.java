package org.cofile.workflow.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Role;

/** Checks a member's password and keeps the count of failed attempts that locks the account. */
@Stateless
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    private final Clock clock = Clock.systemUTC();

    /**
     * One sign-in attempt. The failure count is saved even though the attempt fails: the method returns normally so
     * the transaction commits.
     */
    public SignInOutcome signIn(String email, String password) {
        Instant now = clock.instant();
        var member = findByEmail(email);
        if (member == null) {
            // Same work as for a real account, so the response time does not tell which e-mails exist.
            hasher.matches(password, UnknownAccountHash.get(hasher));
            return new SignInOutcome(SignInOutcome.Status.INVALID_CREDENTIALS, email, Set.of(), null);
        }
        if (member.isLockedAt(now)) {
            return new SignInOutcome(SignInOutcome.Status.LOCKED, member.getEmail(), Set.of(), member.getLockedUntil());
        }
        if (!hasher.matches(password, member.getPasswordHash())) {
            member.recordFailedSignIn(now);
            var status =
                    member.isLockedAt(now) ? SignInOutcome.Status.LOCKED : SignInOutcome.Status.INVALID_CREDENTIALS;
            return new SignInOutcome(status, member.getEmail(), Set.of(), member.getLockedUntil());
        }
        if (member.getFailedSignIns() > 0 || member.getLockedUntil() != null) {
            member.recordSuccessfulSignIn();
        }
        return new SignInOutcome(SignInOutcome.Status.SIGNED_IN, member.getEmail(), groupsOf(member), null);
    }

    public static Set<String> groupsOf(Member member) {
        return member.getRole().included().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    private Member findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return em.createNamedQuery("Member.findByEmail", Member.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A hash of a random password, made once, to spend the same time on unknown e-mails. */
    private static final class UnknownAccountHash {
        private static volatile String value;

        static String get(PasswordHasher hasher) {
            if (value == null) {
                value = hasher.hash(java.util.UUID.randomUUID().toString());
            }
            return value;
        }
    }
}
