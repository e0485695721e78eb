package org.cofile.domain.cofiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A letter uploaded for a resolution's filing: a proponent's proof of ownership or authorization, or the company's
 * acknowledgement of receipt. Its bytes live in {@link DocumentContent}, saved in the same transaction, so that lists
 * never load them and an upload is kept whole or not at all.
 */
@Entity
@Table(name = "filing_document")
@NamedQuery(
        name = "FilingDocument.listByResolution",
        query = "select d from FilingDocument d join fetch d.organization where d.resolution.id = :resolution"
                + " order by d.id")
@NamedQuery(
        name = "FilingDocument.countByKind",
        query = "select count(d) from FilingDocument d where d.resolution.id = :resolution"
                + " and d.organization.id = :organization and d.kind = :kind")
@NamedQuery(
        name = "FilingDocument.find",
        query = "select d from FilingDocument d join fetch d.resolution r join fetch r.coalition"
                + " join fetch r.leadFiler join fetch d.organization where d.id = :id")
public class FilingDocument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int FILE_NAME_MAX = 200;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    /** The proponent it belongs to (for the acknowledgement, the lead filer). */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by", nullable = false)
    private Member uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected FilingDocument() {}

    public FilingDocument(
            Resolution resolution,
            Organization organization,
            DocumentKind kind,
            String fileName,
            UploadedPdf pdf,
            Member uploadedBy,
            Instant at) {
        if (kind == null) {
            throw new InvalidInputException(
                    "kind", "Say what the letter is: PROOF_OF_OWNERSHIP, AUTHORIZATION or OTHER.");
        }
        this.resolution = resolution;
        this.organization = organization;
        this.kind = kind;
        this.fileName = safeName(fileName);
        this.contentType = UploadedPdf.CONTENT_TYPE;
        this.size = pdf.size();
        this.sha256 = pdf.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    /** The name as shown and offered for download: no path, no control characters, bounded. */
    static String safeName(String name) {
        var base = name == null
                ? ""
                : name.replaceAll(".*[/\\\\]", "")
                        .replaceAll("[\\p{Cntrl}\"]", "")
                        .strip();
        if (base.isEmpty()) {
            base = "document.pdf";
        }
        return base.length() > FILE_NAME_MAX ? base.substring(base.length() - FILE_NAME_MAX) : base;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Organization getOrganization() {
        return organization;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Member getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
