package org.cofile.workflow.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.organization.ApiToken;
import org.cofile.domain.organization.Member;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;

/** Personal API tokens: a member creates and revokes its own; the API authenticates requests with them. */
@Stateless
public class ApiTokenService {

    /** Marks Cofile tokens, so secret scanners and people can recognise one. */
    static final String SECRET_PREFIX = "cof_";

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    private final Clock clock = Clock.systemUTC();

    @Inject
    private AccountService accounts;

    /** A new token for the signed-in member, who confirms its password: a stolen session must not mint tokens. */
    public IssuedToken issue(String name, String password) {
        var member = accounts.confirmPassword(password);
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        var secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = new ApiToken(member, name, secret, clock.instant());
        em.persist(token);
        return new IssuedToken(token, secret);
    }

    public void revoke(long tokenId) {
        var member = caller.getMember();
        var token = Optional.ofNullable(em.find(ApiToken.class, tokenId))
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        if (!token.getMember().equals(member)) {
            throw new AccessDeniedException("You can revoke only your own API tokens.");
        }
        token.revoke(clock.instant());
    }

    public List<ApiToken> listMine() {
        return em.createNamedQuery("ApiToken.listByMember", ApiToken.class)
                .setParameter("member", caller.getMember())
                .getResultList();
    }

    /** The member an active token belongs to; empty for an unknown or revoked token. */
    public Optional<Member> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret))
                .getResultStream()
                .filter(ApiToken::isActive)
                .map(ApiToken::getMember)
                .filter(Member::isActive)
                .findFirst();
    }
}
