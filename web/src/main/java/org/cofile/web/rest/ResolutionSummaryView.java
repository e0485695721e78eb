package org.cofile.web.rest;

import java.time.Instant;
import org.cofile.workflow.resolution.ResolutionSummary;

/** A row of the resolutions list. */
public record ResolutionSummaryView(
        Long id,
        String title,
        String kind,
        String state,
        Long coalitionId,
        String coalitionName,
        Long companyId,
        String companyName,
        Long meetingId,
        String meetingDate,
        String leadFilerName,
        int version,
        int words,
        Instant updatedAt) {

    static ResolutionSummaryView of(ResolutionSummary s) {
        return new ResolutionSummaryView(
                s.id(),
                s.title(),
                s.kind().name(),
                s.state().name(),
                s.coalitionId(),
                s.coalitionName(),
                s.companyId(),
                s.companyName(),
                s.meetingId(),
                s.meetingDate().toString(),
                s.leadFilerName(),
                s.currentVersion(),
                s.words(),
                s.updatedAt());
    }
}
