package org.cofile.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Lob;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The words of a resolution as one version holds them: the title, the resolved clause, the supporting statement and,
 * for a board-review resolution, the structure its resolved clause is made of.
 */
@Embeddable
public class ResolutionText implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    /** Far above any 500-word proposal; a text over the word limit may be saved, but not without bound. */
    public static final int BODY_MAX = 20_000;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Lob
    @Column(name = "resolved_clause", nullable = false)
    private String resolvedClause;

    @Lob
    @Column(name = "supporting_statement")
    private String supportingStatement;

    @Embedded
    private BoardReview boardReview;

    protected ResolutionText() {}

    private ResolutionText(String title, String resolvedClause, String supportingStatement, BoardReview boardReview) {
        this.title = title;
        this.resolvedClause = resolvedClause;
        this.supportingStatement = supportingStatement;
        this.boardReview = boardReview;
    }

    /**
     * The text of a resolution of {@code kind}. A board-review resolution needs its structure, which makes up its
     * resolved clause ({@code resolvedClause} is then ignored); any other kind needs a resolved clause and carries no
     * structure.
     */
    public static ResolutionText of(
            ResolutionKind kind,
            String title,
            String resolvedClause,
            String supportingStatement,
            BoardReview boardReview) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "Choose a kind of resolution.");
        }
        var cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.put("title", "Give the resolution a title.");
        } else if (cleanTitle.length() > TITLE_MAX) {
            errors.put("title", "At most " + TITLE_MAX + " characters.");
        }
        String clause = null;
        if (kind == ResolutionKind.BOARD_REVIEW) {
            if (boardReview == null) {
                errors.put(
                        "boardReview",
                        "A board-review resolution needs its restriction, review standard, finding"
                                + " and whom it protects.");
            } else {
                clause = boardReview.resolvedClause();
            }
        } else if (resolvedClause == null || resolvedClause.isBlank()) {
            errors.put("resolvedClause", "Write the resolved clause: what the shareholders ask of the company.");
        } else {
            clause = resolvedClause.strip();
        }
        if (clause != null && clause.length() > BODY_MAX) {
            errors.put("resolvedClause", "At most " + BODY_MAX + " characters.");
        }
        var statement = supportingStatement == null ? "" : supportingStatement.strip();
        if (statement.length() > BODY_MAX) {
            errors.put("supportingStatement", "At most " + BODY_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ResolutionText(
                cleanTitle, clause, statement, kind == ResolutionKind.BOARD_REVIEW ? boardReview : null);
    }

    /** What the word limit counts: the proposal and its supporting statement together (14a-8(d)); not the title. */
    public String proposal() {
        return supportingStatement == null || supportingStatement.isEmpty()
                ? resolvedClause
                : resolvedClause + "\n\n" + supportingStatement;
    }

    public String getTitle() {
        return title;
    }

    public String getResolvedClause() {
        return resolvedClause;
    }

    public String getSupportingStatement() {
        return supportingStatement == null ? "" : supportingStatement;
    }

    /** The board-review structure, or null for other kinds. */
    public BoardReview getBoardReview() {
        return boardReview;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResolutionText that
                && title.equals(that.title)
                && resolvedClause.equals(that.resolvedClause)
                && getSupportingStatement().equals(that.getSupportingStatement())
                && Objects.equals(boardReview, that.boardReview);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, resolvedClause, getSupportingStatement(), boardReview);
    }
}
