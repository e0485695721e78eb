package org.cofile.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How far the dispatcher has told the timeline: the last entry it turned into notifications, and the last day it sent
 * the daily digest. One row, locked by the run that advances it, so that runs on several nodes take turns.
 */
@Entity
@Table(name = "notification_cursor")
public class NotificationCursor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The one row's key. */
    public static final long THE_CURSOR = 1L;

    @Id
    private Long id;

    @Version
    private Long version;

    @Column(name = "last_event_id", nullable = false)
    private long lastEventId;

    @Column(name = "digest_sent_on")
    private LocalDate digestSentOn;

    protected NotificationCursor() {}

    /** Starts after {@code lastEventId}: what happened before notifications existed is not told. */
    public NotificationCursor(long lastEventId) {
        this.id = THE_CURSOR;
        this.lastEventId = lastEventId;
    }

    public long getLastEventId() {
        return lastEventId;
    }

    public void advanceTo(long eventId) {
        this.lastEventId = Math.max(lastEventId, eventId);
    }

    /** Whether the day's digest is to go now: from {@code hour} (UTC) on, once a day. */
    public boolean isDigestDue(Instant now, int hour) {
        var at = now.atZone(ZoneOffset.UTC);
        return at.getHour() >= hour && (digestSentOn == null || digestSentOn.isBefore(at.toLocalDate()));
    }

    public void digestSent(LocalDate on) {
        this.digestSentOn = on;
    }
}
