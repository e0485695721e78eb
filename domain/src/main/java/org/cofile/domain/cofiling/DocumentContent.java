package org.cofile.domain.cofiling;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The bytes of one {@link FilingDocument}, in a table of their own: kept in the database rather than on a disk so
 * that an upload commits or rolls back with its record (no orphan file, no record without its file) and every node of
 * a cluster reads the same letters.
 */
@Entity
@Table(name = "document_content")
@NamedQuery(
        name = "DocumentContent.listLettersByResolution",
        query = "select c from DocumentContent c join fetch c.document d join fetch d.organization"
                + " where d.resolution.id = :resolution order by d.organization.id, d.id")
public class DocumentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private FilingDocument document;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    protected DocumentContent() {}

    public DocumentContent(FilingDocument document, UploadedPdf pdf) {
        this.document = document;
        this.bytes = pdf.bytes();
    }

    public FilingDocument getDocument() {
        return document;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
