package org.cofile.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The secret of an e-mailed link (an invitation, a password reset): only its SHA-256 hash is stored, it expires, and
 * it works once. The secret itself is known only to whoever received the link.
 */
@Embeddable
public class OneTimeToken implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {}

    private OneTimeToken(String tokenHash, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** A new token valid for {@code validity} from {@code now}, with the secret to put in the link. */
    public static Issued issue(Instant now, Duration validity) {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new OneTimeToken(ApiToken.hash(secret), now.plus(validity)), secret);
    }

    /** A token and the secret that opens it, which is never stored. */
    public record Issued(OneTimeToken token, String secret) {}

    /** The hash a secret from a link is looked up by. */
    public static String hashOf(String secret) {
        return ApiToken.hash(secret == null ? "" : secret);
    }

    /** Uses the token; refused on field {@code token} when it was used before or has expired. */
    public void redeem(Instant now) {
        requireUsable(now);
        usedAt = now;
    }

    public void requireUsable(Instant now) {
        if (usedAt != null) {
            throw new InvalidInputException("token", "This link has been used already; ask for a new one.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidInputException("token", "This link has expired; ask for a new one.");
        }
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
