package org.cofile.domain.answers;

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
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;

/**
 * An organization's declaration, before the meeting, of how it will vote on a filed proposal, with its rationale and
 * the shares it votes; public, or for the resolution's coalition only. One per organization and resolution: declaring
 * again replaces it, until the meeting.
 */
@Entity
@Table(
        name = "vote_declaration",
        uniqueConstraints = @UniqueConstraint(columnNames = {"resolution_id", "organization_id"}))
@NamedQuery(
        name = "VoteDeclaration.listByResolution",
        query = "select d from VoteDeclaration d join fetch d.organization where d.resolution.id = :resolution"
                + " order by d.declaredAt")
@NamedQuery(
        name = "VoteDeclaration.find",
        query = "select d from VoteDeclaration d where d.resolution.id = :resolution"
                + " and d.organization.id = :organization")
@NamedQuery(
        name = "VoteDeclaration.listPublic",
        query = "select d from VoteDeclaration d join fetch d.organization join fetch d.resolution r"
                + " where (:company is null or r.company.id = :company)"
                + " and d.visibility = org.cofile.domain.answers.DeclarationVisibility.PUBLIC"
                + " order by d.declaredAt desc",
        hints = {
            @QueryHint(name = "eclipselink.join-fetch", value = "d.resolution.company"),
            @QueryHint(name = "eclipselink.join-fetch", value = "d.resolution.meeting"),
            @QueryHint(name = "eclipselink.join-fetch", value = "d.resolution.coalition"),
            @QueryHint(name = "eclipselink.join-fetch", value = "d.resolution.leadFiler")
        })
public class VoteDeclaration extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int RATIONALE_MAX = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_vote", nullable = false, length = 10)
    private DeclaredVote vote;

    @Column(length = RATIONALE_MAX)
    private String rationale;

    @Column(nullable = false)
    private long shares;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeclarationVisibility visibility;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "declared_by", nullable = false)
    private Member declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected VoteDeclaration() {}

    public VoteDeclaration(Resolution resolution, Organization organization) {
        Answers.requireFiled(resolution);
        this.resolution = resolution;
        this.organization = organization;
    }

    /**
     * Declares, or declares again. Refused: on the day of the meeting or after (the vote is cast), without a vote or
     * visibility, with a negative number of shares.
     */
    public void declare(
            DeclaredVote how,
            String why,
            Long shareCount,
            DeclarationVisibility to,
            LocalDate today,
            Member by,
            Instant at) {
        Answers.requireNotWithdrawn(resolution);
        var meeting = resolution.getMeeting().getMeetingDate();
        if (!today.isBefore(meeting)) {
            throw new ConflictException(
                    "vote", "The meeting of " + meeting + " has voted: a declaration comes before it.");
        }
        var errors = new LinkedHashMap<String, String>();
        if (how == null) {
            errors.put("vote", "Say how the organization will vote: FOR, AGAINST or ABSTAIN.");
        }
        if (to == null) {
            errors.put("visibility", "Say who may read it: PUBLIC or COALITION.");
        }
        if (shareCount == null) {
            errors.put("shares", "Give the number of shares the organization votes.");
        } else if (shareCount < 0) {
            errors.put("shares", "A number of shares is not negative.");
        }
        if (why != null && why.length() > RATIONALE_MAX) {
            errors.put("rationale", "At most " + RATIONALE_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.vote = how;
        this.rationale = why == null || why.isBlank() ? null : why.strip();
        this.shares = Bounds.count(shareCount, "shares");
        this.visibility = to;
        this.declaredBy = by;
        this.declaredAt = at;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Organization getOrganization() {
        return organization;
    }

    public DeclaredVote getVote() {
        return vote;
    }

    public String getRationale() {
        return rationale;
    }

    public long getShares() {
        return shares;
    }

    public DeclarationVisibility getVisibility() {
        return visibility;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    @Override
    public String auditLabel() {
        return "Vote declaration of " + organization.getName() + " on resolution " + resolution.getId();
    }
}
