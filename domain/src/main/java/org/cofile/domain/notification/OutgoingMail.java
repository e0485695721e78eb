package org.cofile.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.cofile.domain.shared.BaseEntity;

/**
 * A mail waiting to go out, written in the same transaction as the change it tells of (an outbox): a change that
 * rolls back leaves no mail, one that commits leaves one that is sent even if the server stops before sending it,
 * and no request waits for the SMTP server. Deleted once sent; a failed attempt is tried again later, less often.
 */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(
        name = "OutgoingMail.listDueIds",
        query = "select m.id from OutgoingMail m where m.nextAttemptAt <= :now and mod(m.lane, :lanes) = :lane"
                + " order by m.id")
@NamedQuery(name = "OutgoingMail.listByIds", query = "select m from OutgoingMail m where m.id in :ids order by m.id")
public class OutgoingMail extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** After this many failed attempts a mail is given up (and logged): about a day of retries. */
    public static final int ATTEMPTS_MAX = 10;

    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    /**
     * Lanes a mail may be sent in, by its recipient: senders that work side by side each take some of them, and all
     * the mail to one recipient goes through one lane, in the order it was written (a second confirmation link
     * arrives after the first). Senders beyond this number would have no lane of their own.
     */
    public static final int LANES = 64;

    @Column(nullable = false, length = 1000)
    private String recipient;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Lob
    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int lane;

    protected OutgoingMail() {}

    public OutgoingMail(String recipient, String subject, String text, Instant at) {
        this.recipient = recipient;
        this.lane = Math.floorMod(recipient.strip().toLowerCase(Locale.ROOT).hashCode(), LANES);
        this.subject = subject;
        this.text = text;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /** Whether it is to be tried again (later: 1, 2, 4 … minutes after each failure) or given up. */
    public boolean failed(Instant now) {
        attempts++;
        nextAttemptAt = now.plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10)));
        return attempts < ATTEMPTS_MAX;
    }

    public String getRecipient() {
        return recipient;
    }

    public int getLane() {
        return lane;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public int getAttempts() {
        return attempts;
    }
}
