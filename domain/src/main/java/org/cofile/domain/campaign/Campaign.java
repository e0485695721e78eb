package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cofile.domain.company.Company;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A coalition's campaign: a title and a goal, the companies it targets, the coalition's resolutions it carries, and
 * (each in its own table) its letters and petitions. Its public page shows once its admins publish it.
 */
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

    @Column(name = "published_at")
    private Instant publishedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "campaign_target",
            joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "company_id"))
    private Set<Company> targets = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "campaign_resolution",
            joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "resolution_id"))
    private Set<Resolution> resolutions = new LinkedHashSet<>();

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

    /** The campaign targets the company; its letters and resolutions there make it a target too. Idempotent. */
    public void target(Company company) {
        targets.add(company);
    }

    /** No longer a target, unless a letter or resolution of the campaign still goes to it. */
    public void dropTarget(Company company, boolean lettersThere) {
        if (lettersThere || resolutions.stream().anyMatch(r -> r.getCompany().equals(company))) {
            throw new ConflictException(
                    "companyId",
                    "The campaign has a letter or a resolution at " + company.getName() + "; it stays a target.");
        }
        targets.remove(company);
    }

    /** One of the coalition's own resolutions joins the campaign, and its company becomes a target. */
    public void include(Resolution resolution) {
        if (!resolution.getCoalition().equals(coalition)) {
            throw new InvalidInputException(
                    "resolutionId",
                    "A campaign carries resolutions of its own coalition, " + coalition.getName() + ".");
        }
        if (!resolutions.add(resolution)) {
            throw new ConflictException("resolutionId", "The resolution is already in the campaign.");
        }
        targets.add(resolution.getCompany());
    }

    public void exclude(Resolution resolution) {
        resolutions.remove(resolution);
    }

    /** Its public page shows from now on: title, goal, targets, petitions, letters' signatories, filed resolutions. */
    public void publish(Instant at) {
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    public void unpublish() {
        publishedAt = null;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** By name. */
    public List<Company> getTargets() {
        return targets.stream()
                .sorted(Comparator.comparing(Company::getName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Set<Resolution> getResolutions() {
        return Collections.unmodifiableSet(resolutions);
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
