package org.cofile.domain.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import org.cofile.domain.company.Company;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * Resolutions of different years at one company that a coalition treats as "substantially the same subject matter"
 * (14a-8(i)(12)): their votes decide whether the next one may be excluded as a resubmission, and they are the history
 * of the subject's support over the years. Kept by a coalition; it may link resolutions of other coalitions, whose
 * meeting dates and vote figures are public.
 */
@Entity
@Table(name = "subject")
@NamedQuery(
        name = "Subject.listLinksOfResolutions",
        query = "select s.id, s.title, r.id from Subject s join s.resolutions r where r.id in :resolutions"
                + " order by s.title, s.id")
@NamedQuery(
        name = "Subject.find",
        query = "select s from Subject s join fetch s.company join fetch s.coalition where s.id = :id")
@NamedQuery(
        name = "Subject.listByCoalitions",
        query = "select s from Subject s join fetch s.company where s.coalition.id in :coalitions order by s.title")
public class Subject extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 300;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "coalition_id", nullable = false)
    private Coalition coalition;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToMany
    @JoinTable(
            name = "subject_resolution",
            joinColumns = @JoinColumn(name = "subject_id"),
            inverseJoinColumns = @JoinColumn(name = "resolution_id"))
    @OrderBy("id")
    private List<Resolution> resolutions = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Subject() {}

    /**
     * Refused: no title, no resolution, resolutions at more than one company, and a resolution listed twice.
     */
    public Subject(Coalition coalition, String title, Collection<Resolution> linked, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        if (title == null || title.isBlank()) {
            errors.put("title", "Name the subject, such as \"Facial recognition: sales to government\".");
        } else if (title.length() > TITLE_MAX) {
            errors.put("title", "At most " + TITLE_MAX + " characters.");
        }
        if (linked == null || linked.isEmpty()) {
            errors.put("resolutionIds", "Link at least one resolution.");
        } else {
            if (linked.stream().map(r -> r.getCompany().getId()).distinct().count() > 1) {
                errors.put("resolutionIds", "A subject's resolutions are all at one company.");
            }
            if (linked.stream().map(Resolution::getId).distinct().count() < linked.size()) {
                errors.put("resolutionIds", "Each resolution once.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.coalition = coalition;
        this.title = title.strip();
        this.company = linked.iterator().next().getCompany();
        this.resolutions.addAll(linked);
        this.updatedAt = at;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public Company getCompany() {
        return company;
    }

    public String getTitle() {
        return title;
    }

    public List<Resolution> getResolutions() {
        return List.copyOf(resolutions);
    }

    @Override
    public String auditLabel() {
        return "Subject " + title;
    }
}
