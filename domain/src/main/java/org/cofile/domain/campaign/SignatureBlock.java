package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * An entry of a campaign's block list: one e-mail address (compared by its {@link EmailKey}) or a whole domain with
 * its subdomains. A signature that matches is held aside, not refused, so the sender learns nothing and an admin can
 * still release a person caught by a broad entry.
 */
@Entity
@Table(name = "signature_block", uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "entry"}))
@NamedQuery(
        name = "SignatureBlock.listByCampaign",
        query = "select b from SignatureBlock b where b.campaign.id = :campaign order by b.entry")
@NamedQuery(
        name = "SignatureBlock.countMatching",
        query = "select count(b) from SignatureBlock b where b.campaign.id = :campaign and b.entry in :candidates")
public class SignatureBlock extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 500;

    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @Column(nullable = false, length = EmailKey.MAX_LENGTH)
    private String entry;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SignatureBlock() {}

    public SignatureBlock(Campaign campaign, String entry, String note, Instant at) {
        if (note != null && note.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "At most " + NOTE_MAX + " characters.");
        }
        this.campaign = campaign;
        this.entry = normalized(entry);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdAt = at;
    }

    /** An address as its key ("jane.doe+x@gmail.com" blocks "janedoe@gmail.com"), a domain in lower case. */
    public static String normalized(String entry) {
        if (entry == null || entry.isBlank()) {
            throw new InvalidInputException("entry", "Give an e-mail address or a domain such as example.org.");
        }
        var clean = entry.strip().toLowerCase(Locale.ROOT);
        if (clean.startsWith("@")) {
            clean = clean.substring(1);
        }
        if (clean.contains("@")) {
            try {
                return EmailKey.of(clean);
            } catch (InvalidInputException e) {
                throw e.withFieldsRenamed(field -> "entry");
            }
        }
        if (!DOMAIN.matcher(clean).matches()) {
            throw new InvalidInputException("entry", "Give an e-mail address or a domain such as example.org.");
        }
        return clean;
    }

    /**
     * The entries that would block an address with this key: the key itself, its domain and every parent domain
     * ("a@mail.spam.example" is blocked by "mail.spam.example" and by "spam.example"), so that one indexed look-up
     * decides.
     */
    public static List<String> candidatesFor(String emailKey) {
        var candidates = new ArrayList<String>();
        candidates.add(emailKey);
        var domain = emailKey.substring(emailKey.lastIndexOf('@') + 1);
        while (domain.indexOf('.') > 0) {
            candidates.add(domain);
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return candidates;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getEntry() {
        return entry;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
