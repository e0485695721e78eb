package org.cofile.workflow.resolution;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionState;

/** One row of the resolutions list, read in one query with what the row shows. */
public record ResolutionSummary(
        Long id,
        String title,
        ResolutionKind kind,
        ResolutionState state,
        Long coalitionId,
        String coalitionName,
        Long companyId,
        String companyName,
        Long meetingId,
        LocalDate meetingDate,
        String leadFilerName,
        int currentVersion,
        int words,
        Instant updatedAt)
        implements Serializable {}
