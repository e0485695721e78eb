package org.cofile.workflow.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionState;

/**
 * One resolution as the exports show it: where it stands and what came of it. {@code supportPercent} is the engine's
 * SEC figure from the counts or, when only that is known, the reported one ({@code supportReported}); {@code
 * staffAnswer} that of the latest no-action request.
 */
public record ResolutionReportRow(
        long id,
        String title,
        ResolutionKind kind,
        ResolutionState state,
        String coalition,
        String company,
        LocalDate meetingDate,
        String leadFiler,
        LocalDate submittedOn,
        BigDecimal supportPercent,
        boolean supportReported,
        StaffOutcome staffAnswer,
        long commitmentsKept,
        long commitments) {}
