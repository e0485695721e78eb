package org.cofile.workflow.resolution;

import java.io.Serializable;
import java.util.List;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.domain.resolution.ResolutionVersion;
import org.cofile.domain.resolution.ReviewComment;

/** What a resolution's page shows; {@code latestChanges} is null while there is only one version. */
public record ResolutionPage(
        ResolutionDetails details,
        List<ResolutionVersion> versions,
        List<ReviewComment> comments,
        List<ResolutionEvent> timeline,
        VersionDiff latestChanges)
        implements Serializable {

    public ResolutionPage {
        versions = List.copyOf(versions);
        comments = List.copyOf(comments);
        timeline = List.copyOf(timeline);
    }
}
