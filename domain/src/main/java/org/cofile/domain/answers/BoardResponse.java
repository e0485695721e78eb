package org.cofile.domain.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The board's answer to a board-review resolution, whatever became of it (passed, withdrawn with an agreement, or
 * failed): whether it commissioned a review, by whom and whether independent, its scope and conclusion, and when and
 * where it was published. The company's promises are {@link Commitment}s.
 */
@Entity
@Table(name = "board_response")
@NamedQuery(
        name = "BoardResponse.listByResolutions",
        query = "select b from BoardResponse b where b.resolution.id in :resolutions")
@NamedQuery(
        name = "BoardResponse.findByResolution",
        query = "select b from BoardResponse b where b.resolution.id = :resolution")
public class BoardResponse extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int ADDRESS_MAX = 500;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false, unique = true)
    private Resolution resolution;

    @Column(name = "review_commissioned")
    private Boolean reviewCommissioned;

    @Column(length = NAME_MAX)
    private String reviewer;

    private Boolean independent;

    @Column(length = TEXT_MAX)
    private String scope;

    @Column(length = TEXT_MAX)
    private String conclusion;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_at", length = ADDRESS_MAX)
    private String publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BoardResponse() {}

    public BoardResponse(Resolution resolution, Instant at) {
        Answers.requireFiled(resolution);
        if (resolution.getKind() != ResolutionKind.BOARD_REVIEW) {
            throw new InvalidInputException(
                    "kind",
                    "Only a board-review resolution asks the board for a review; this one is " + resolution.getKind()
                            + ".");
        }
        this.resolution = resolution;
        this.updatedAt = at;
    }

    /**
     * The answer as known so far; each part may stay unknown. Refused: a review's details without a review, a
     * publication dated after today, an address that is not an http(s) link.
     */
    public void record(
            Boolean commissioned,
            String by,
            Boolean isIndependent,
            String reviewScope,
            String reviewConclusion,
            LocalDate published,
            String address,
            LocalDate today,
            Instant at) {
        var errors = new LinkedHashMap<String, String>();
        boolean details = by != null && !by.isBlank()
                || isIndependent != null
                || reviewScope != null && !reviewScope.isBlank()
                || reviewConclusion != null && !reviewConclusion.isBlank();
        if (Boolean.FALSE.equals(commissioned) && details) {
            errors.put("reviewCommissioned", "No review was commissioned, so it has no reviewer, scope or conclusion.");
        }
        check(errors, "reviewer", by, NAME_MAX);
        check(errors, "scope", reviewScope, TEXT_MAX);
        check(errors, "conclusion", reviewConclusion, TEXT_MAX);
        check(errors, "publishedAt", address, ADDRESS_MAX);
        if (published != null) {
            Answers.requireDay(errors, "publishedOn", published, today);
        }
        if (address != null && !address.isBlank() && !errors.containsKey("publishedAt") && !isWebAddress(address)) {
            errors.put("publishedAt", "Give the address where it was published, starting with https:// or http://.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.reviewCommissioned = commissioned;
        this.reviewer = blankToNull(by);
        this.independent = isIndependent;
        this.scope = blankToNull(reviewScope);
        this.conclusion = blankToNull(reviewConclusion);
        this.publishedOn = published;
        this.publishedAt = blankToNull(address);
        this.updatedAt = at;
    }

    private static void check(LinkedHashMap<String, String> errors, String field, String text, int max) {
        if (text != null && text.length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    private static boolean isWebAddress(String address) {
        try {
            var uri = new URI(address.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Boolean getReviewCommissioned() {
        return reviewCommissioned;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Boolean getIndependent() {
        return independent;
    }

    public String getScope() {
        return scope;
    }

    public String getConclusion() {
        return conclusion;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedAt() {
        return publishedAt;
    }

    @Override
    public String auditLabel() {
        return "Board's answer to resolution " + resolution.getId();
    }
}
