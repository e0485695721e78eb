package org.cofile.workflow.cofiling;

import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.DocumentContent;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.ClockVerdict;

/** What goes into a filing package: the resolution, its proponents and their letters, read in a few queries. */
public record FilingPackageContents(
        Resolution resolution,
        LocalDate submissionDate,
        ClockVerdict engagementWindow,
        List<CoFiler> proponents,
        List<DocumentContent> letters) {}
