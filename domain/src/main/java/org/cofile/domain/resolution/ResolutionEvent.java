package org.cofile.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cofile.domain.organization.Member;
import org.cofile.domain.shared.BaseEntity;

/**
 * One entry of a resolution's timeline: who did what, when, to which version, and why. Written in the same
 * transaction as the change it records.
 */
@Entity
@Table(name = "resolution_event")
@NamedQuery(
        name = "ResolutionEvent.listByResolution",
        query = "SELECT e FROM ResolutionEvent e JOIN FETCH e.actor a JOIN FETCH a.organization"
                + " WHERE e.resolution.id = :resolution ORDER BY e.occurredAt, e.id")
@NamedQuery(
        name = "ResolutionEvent.listAfter",
        query = "SELECT e FROM ResolutionEvent e JOIN FETCH e.resolution r JOIN FETCH e.actor WHERE e.id > :after"
                + " ORDER BY e.id",
        hints = {
            @QueryHint(name = "eclipselink.join-fetch", value = "e.resolution.company"),
            @QueryHint(name = "eclipselink.join-fetch", value = "e.resolution.leadFiler"),
            @QueryHint(name = "eclipselink.join-fetch", value = "e.resolution.coalition")
        })
@NamedQuery(name = "ResolutionEvent.lastId", query = "SELECT MAX(e.id) FROM ResolutionEvent e")
public class ResolutionEvent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TimelineKind kind;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(length = Resolution.REASON_MAX)
    private String reason;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", nullable = false)
    private Member actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ResolutionEvent() {}

    ResolutionEvent(
            Resolution resolution, TimelineKind kind, int versionNumber, String reason, Member actor, Instant at) {
        this.resolution = resolution;
        this.kind = kind;
        this.versionNumber = versionNumber;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = at;
    }

    /** An entry of co-filing or filing, with what it concerns ({@code detail}: an organization, a reason). */
    public static ResolutionEvent of(
            Resolution resolution, TimelineKind kind, String detail, Member actor, Instant at) {
        return new ResolutionEvent(resolution, kind, resolution.getCurrentVersion(), detail, actor, at);
    }

    /** The timeline's entry for a comment. */
    public static ResolutionEvent commented(ReviewComment comment) {
        return new ResolutionEvent(
                comment.getResolution(),
                TimelineKind.COMMENTED,
                comment.getVersionNumber(),
                null,
                comment.getAuthor(),
                comment.getPostedAt());
    }

    public Resolution getResolution() {
        return resolution;
    }

    public TimelineKind getKind() {
        return kind;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getReason() {
        return reason;
    }

    public Member getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
