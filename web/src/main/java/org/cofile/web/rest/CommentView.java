package org.cofile.web.rest;

import java.time.Instant;
import org.cofile.domain.resolution.ReviewComment;

/** A reviewer's comment on one version. */
public record CommentView(
        Long id, int versionNumber, String text, String author, String authorOrganization, Instant postedAt) {

    static CommentView of(ReviewComment c) {
        return new CommentView(
                c.getId(),
                c.getVersionNumber(),
                c.getText(),
                c.getAuthor().getDisplayName(),
                c.getAuthor().getOrganization().getName(),
                c.getPostedAt());
    }
}
