package org.cofile.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The structure of a board-review resolution (rule-14a-8.md, "Board-review resolutions"): a restriction on the
 * company that holds unless the board, after a review of a stated kind, reaches a stated finding; and whom the
 * restriction protects. The resolved clause is made up of these fields.
 */
@Embeddable
public class BoardReview implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FIELD_MAX = 2000;

    @Column(name = "br_restriction", length = FIELD_MAX)
    private String restriction;

    @Column(name = "br_review_standard", length = FIELD_MAX)
    private String reviewStandard;

    @Column(name = "br_required_finding", length = FIELD_MAX)
    private String requiredFinding;

    @Column(name = "br_protects", length = FIELD_MAX)
    private String protects;

    protected BoardReview() {}

    public BoardReview(String restriction, String reviewStandard, String requiredFinding, String protects) {
        var errors = new LinkedHashMap<String, String>();
        this.restriction = required(restriction, "boardReview.restriction", "the restriction requested", errors);
        this.reviewStandard =
                required(reviewStandard, "boardReview.reviewStandard", "the standard of the board's review", errors);
        this.requiredFinding =
                required(requiredFinding, "boardReview.requiredFinding", "the finding the board must reach", errors);
        this.protects = required(protects, "boardReview.protects", "whom the restriction protects", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String required(String value, String field, String what, LinkedHashMap<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Give " + what + ".");
            return null;
        }
        var text = trimmed(value);
        if (text.length() > FIELD_MAX) {
            errors.put(field, "At most " + FIELD_MAX + " characters.");
            return null;
        }
        return text;
    }

    /** Leading and trailing blanks and one final full stop go: the clause supplies its own punctuation. */
    private static String trimmed(String value) {
        var text = value.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text;
    }

    /** The resolved clause, in the words of the resolution filed at Amazon for 2019. */
    public String resolvedClause() {
        return "RESOLVED, shareholders request that the Board of Directors prohibit " + restriction
                + " unless the Board concludes, after " + reviewStandard + ", that " + requiredFinding + ".";
    }

    public String getRestriction() {
        return restriction;
    }

    public String getReviewStandard() {
        return reviewStandard;
    }

    public String getRequiredFinding() {
        return requiredFinding;
    }

    public String getProtects() {
        return protects;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoardReview that
                && Objects.equals(restriction, that.restriction)
                && Objects.equals(reviewStandard, that.reviewStandard)
                && Objects.equals(requiredFinding, that.requiredFinding)
                && Objects.equals(protects, that.protects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restriction, reviewStandard, requiredFinding, protects);
    }
}
