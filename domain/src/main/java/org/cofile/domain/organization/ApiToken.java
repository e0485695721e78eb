package org.cofile.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A personal API token: the member sees the secret once, at creation; only its SHA-256 hash is stored, so a leaked
 * database does not leak working tokens. A revoked token stays on record.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = "ApiToken.listByMember",
        query = "SELECT t FROM ApiToken t WHERE t.member = :member ORDER BY t.createdAt DESC")
public class ApiToken extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** The first characters of the secret, so the member can tell tokens apart. */
    @Column(name = "token_prefix", nullable = false, length = 12)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    public ApiToken(Member member, String name, String secret, Instant createdAt) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new InvalidInputException("name", "Give the token a name of 1 to " + NAME_MAX + " characters.");
        }
        this.member = member;
        this.name = name.strip();
        this.tokenHash = hash(secret);
        this.tokenPrefix = secret.substring(0, Math.min(12, secret.length()));
        this.createdAt = createdAt;
    }

    public static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Member getMember() {
        return member;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public String auditLabel() {
        return name + " (" + tokenPrefix + "…)";
    }
}
