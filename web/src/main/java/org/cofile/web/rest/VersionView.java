package org.cofile.web.rest;

import java.time.Instant;
import org.cofile.domain.resolution.ResolutionVersion;

/** One saved version of a resolution's text. */
public record VersionView(
        int number,
        String title,
        String resolvedClause,
        String supportingStatement,
        BoardReviewFields boardReview,
        int words,
        String note,
        String author,
        String authorOrganization,
        Instant savedAt) {

    static VersionView of(ResolutionVersion v) {
        var text = v.getText();
        return new VersionView(
                v.getNumber(),
                text.getTitle(),
                text.getResolvedClause(),
                text.getSupportingStatement(),
                BoardReviewFields.of(text.getBoardReview()),
                v.getWords(),
                v.getNote(),
                v.getAuthor().getDisplayName(),
                v.getAuthor().getOrganization().getName(),
                v.getSavedAt());
    }
}
