package org.cofile.workflow.resolution;

import java.io.Serializable;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionState;

/** What the resolutions list may be narrowed to; a null part does not narrow it. {@code q} is searched in titles. */
public record ResolutionFilter(
        ResolutionState state, Long companyId, Long coalitionId, ResolutionKind kind, Long meetingId, String q)
        implements Serializable {

    public static ResolutionFilter none() {
        return new ResolutionFilter(null, null, null, null, null, null);
    }
}
