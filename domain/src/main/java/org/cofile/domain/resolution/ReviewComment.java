package org.cofile.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cofile.domain.organization.Member;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/** A reviewer's comment on one version of a resolution. */
@Entity
@Table(name = "review_comment")
@NamedQuery(
        name = "ReviewComment.listByResolution",
        query = "SELECT c FROM ReviewComment c JOIN FETCH c.author a JOIN FETCH a.organization"
                + " WHERE c.resolution.id = :resolution ORDER BY c.postedAt, c.id")
public class ReviewComment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 5000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Lob
    @Column(nullable = false)
    private String text;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    private Member author;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected ReviewComment() {}

    ReviewComment(Resolution resolution, int versionNumber, String text, Member author, Instant at) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Write the comment.");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new InvalidInputException("text", "At most " + TEXT_MAX + " characters.");
        }
        this.resolution = resolution;
        this.versionNumber = versionNumber;
        this.text = text.strip();
        this.author = author;
        this.postedAt = at;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getText() {
        return text;
    }

    public Member getAuthor() {
        return author;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
