package org.cofile.web.rest;

import java.util.List;
import org.cofile.domain.resolution.ResolutionTemplate;

/** A template a new draft can start from ({@code templateId} of {@code POST /api/resolutions}). */
public record TemplateView(
        String id,
        String kind,
        String title,
        String resolvedClause,
        String supportingStatement,
        BoardReviewFields boardReview,
        List<String> topics) {

    static TemplateView of(ResolutionTemplate t) {
        var clause =
                t.boardReview() == null ? t.resolvedClause() : t.boardReview().resolvedClause();
        return new TemplateView(
                t.id(),
                t.kind().name(),
                t.title(),
                clause,
                t.supportingStatement(),
                BoardReviewFields.of(t.boardReview()),
                t.topics());
    }
}
