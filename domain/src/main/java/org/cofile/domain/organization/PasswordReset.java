package org.cofile.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.cofile.domain.shared.BaseEntity;

/** A forgotten password's reset link: single-use, valid for {@link #VALIDITY}, stored as a hash. */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.findByHash", query = "SELECT r FROM PasswordReset r WHERE r.token.tokenHash = :hash")
public class PasswordReset extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Long enough to read the mail, short enough that an old mailbox holds no working link. */
    public static final Duration VALIDITY = Duration.ofHours(1);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private OneTimeToken token;

    protected PasswordReset() {}

    private PasswordReset(Member member, Instant now, OneTimeToken token) {
        this.member = member;
        this.createdAt = now;
        this.token = token;
    }

    public static Issued issue(Member member, Instant now) {
        var issued = OneTimeToken.issue(now, VALIDITY);
        return new Issued(new PasswordReset(member, now, issued.token()), issued.secret());
    }

    /** A reset and the secret of its link. */
    public record Issued(PasswordReset reset, String secret) {}

    /** Uses the link up and returns whose password it resets. */
    public Member redeem(Instant now) {
        token.redeem(now);
        return member;
    }

    public Member getMember() {
        return member;
    }
}
