package org.cofile.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.cofile.domain.organization.Member;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.domain.shared.BaseEntity;

/**
 * One entry of a resolution's timeline told to one member: unread until they read it, and mailed (at once or in the
 * day's digest) as they chose. The database keeps it to one per member and entry, so a second dispatcher run or node
 * tells no one twice.
 */
@Entity
@Table(name = "notification", uniqueConstraints = @UniqueConstraint(columnNames = {"member_id", "event_id"}))
@NamedQuery(
        name = "Notification.listByMember",
        query = "select n from Notification n join fetch n.event e join fetch e.resolution r join fetch r.company"
                + " where n.member.id = :member order by n.id desc")
@NamedQuery(
        name = "Notification.countUnread",
        query = "select count(n) from Notification n where n.member.id = :member and n.readAt is null")
@NamedQuery(
        name = "Notification.markRead",
        query = "update Notification n set n.readAt = :at where n.member.id = :member and n.readAt is null"
                + " and n.id <= :upTo")
@NamedQuery(
        name = "Notification.listUnmailed",
        query = "select n from Notification n join fetch n.event e join fetch e.resolution r join fetch n.member m"
                + " where n.mailedAt is null and m.mailPreference = :preference order by m.id, n.id")
public class Notification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", nullable = false)
    private ResolutionEvent event;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notification() {}

    public Notification(Member member, ResolutionEvent event, Instant at) {
        this.member = member;
        this.event = event;
        this.createdAt = at;
    }

    public void mailed(Instant at) {
        this.mailedAt = at;
    }

    public Member getMember() {
        return member;
    }

    public ResolutionEvent getEvent() {
        return event;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }
}
