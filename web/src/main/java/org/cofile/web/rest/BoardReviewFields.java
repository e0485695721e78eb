package org.cofile.web.rest;

import org.cofile.domain.resolution.BoardReview;

/** The structure of a board-review resolution, in requests and views alike. */
public record BoardReviewFields(String restriction, String reviewStandard, String requiredFinding, String protects) {

    static BoardReviewFields of(BoardReview review) {
        return review == null
                ? null
                : new BoardReviewFields(
                        review.getRestriction(),
                        review.getReviewStandard(),
                        review.getRequiredFinding(),
                        review.getProtects());
    }
}
