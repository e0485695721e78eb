package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/** A coalition's campaign: a title and a goal, and the petitions (and, later, letters and resolutions) it bundles. */
@Entity
@Table(name = "campaign")
@NamedQuery(name = "Campaign.find", query = "select c from Campaign c join fetch c.coalition where c.id = :id")
@NamedQuery(
        name = "Campaign.listByCoalitions",
        query = "select c from Campaign c join fetch c.coalition where c.coalition.id in :coalitions"
                + " order by c.createdAt desc, c.id desc")
public class Campaign extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int GOAL_MAX = 2_000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "coalition_id", nullable = false)
    private Coalition coalition;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = GOAL_MAX)
    private String goal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Campaign() {}

    public Campaign(Coalition coalition, String title, String goal, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        if (title == null || title.isBlank()) {
            errors.put("title", "Name the campaign, such as \"No face surveillance for governments\".");
        } else if (title.length() > TITLE_MAX) {
            errors.put("title", "At most " + TITLE_MAX + " characters.");
        }
        if (goal != null && goal.length() > GOAL_MAX) {
            errors.put("goal", "At most " + GOAL_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.coalition = coalition;
        this.title = title.strip();
        this.goal = goal == null || goal.isBlank() ? null : goal.strip();
        this.createdAt = at;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public String getTitle() {
        return title;
    }

    public String getGoal() {
        return goal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String auditLabel() {
        return "Campaign " + title;
    }
}
