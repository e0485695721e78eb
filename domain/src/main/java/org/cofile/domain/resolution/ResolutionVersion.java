package org.cofile.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.cofile.domain.organization.Member;
import org.cofile.domain.shared.BaseEntity;

/** One saved text of a resolution: numbered from 1, with its author, time and note; never changed afterwards. */
@Entity
@Table(name = "resolution_version", uniqueConstraints = @UniqueConstraint(columnNames = {"resolution_id", "number"}))
@NamedQuery(
        name = "ResolutionVersion.listByResolution",
        query = "SELECT v FROM ResolutionVersion v JOIN FETCH v.author a JOIN FETCH a.organization"
                + " WHERE v.resolution.id = :resolution ORDER BY v.number DESC")
@NamedQuery(
        name = "ResolutionVersion.findByNumber",
        query = "SELECT v FROM ResolutionVersion v JOIN FETCH v.author a JOIN FETCH a.organization"
                + " WHERE v.resolution.id = :resolution AND v.number = :number")
public class ResolutionVersion extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(nullable = false)
    private int number;

    @Embedded
    private ResolutionText text;

    @Column(nullable = false)
    private int words;

    @Column(nullable = false, length = Resolution.NOTE_MAX)
    private String note;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    private Member author;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ResolutionVersion() {}

    ResolutionVersion(
            Resolution resolution, int number, ResolutionText text, int words, String note, Member author, Instant at) {
        this.resolution = resolution;
        this.number = number;
        this.text = text;
        this.words = words;
        this.note = note;
        this.author = author;
        this.savedAt = at;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public int getNumber() {
        return number;
    }

    public ResolutionText getText() {
        return text;
    }

    public int getWords() {
        return words;
    }

    public String getNote() {
        return note;
    }

    public Member getAuthor() {
        return author;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
