package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A public petition of a campaign: its text, open to signatures until its closing day (or for good). Its count is
 * kept in shards ({@link PetitionCountShard}), never in this row, so that a surge of confirmations does not queue on it.
 */
@Entity
@Table(name = "petition")
@NamedQuery(
        name = "Petition.find",
        query = "select p from Petition p join fetch p.campaign c join fetch c.coalition where p.id = :id")
@NamedQuery(name = "Petition.listIds", query = "select p.id from Petition p order by p.id")
public class Petition extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;

    /** Counter rows per petition: confirmations spread over them instead of queuing on one. */
    public static final int COUNT_SHARDS = 16;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "petition_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Petition() {}

    public Petition(Campaign campaign, String title, String text, LocalDate closesOn, LocalDate today, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        if (title == null || title.isBlank()) {
            errors.put("title", "Give the petition a title.");
        } else if (title.length() > TITLE_MAX) {
            errors.put("title", "At most " + TITLE_MAX + " characters.");
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "Say what the signers ask for.");
        } else if (text.length() > TEXT_MAX) {
            errors.put("text", "At most " + TEXT_MAX + " characters.");
        }
        if (closesOn != null) {
            Bounds.date(closesOn, "closesOn");
            if (closesOn.isBefore(today)) {
                errors.put("closesOn", "A petition closes today or later, not on " + closesOn + ".");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.campaign = campaign;
        this.title = title.strip();
        this.text = text.strip();
        this.closesOn = closesOn;
        this.createdAt = at;
    }

    /** Open on its closing day, closed after it. */
    public boolean isOpen(LocalDate today) {
        return closesOn == null || !today.isAfter(closesOn);
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    @Override
    public String auditLabel() {
        return "Petition " + title;
    }
}
