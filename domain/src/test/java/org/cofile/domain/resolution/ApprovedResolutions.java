package org.cofile.domain.resolution;

import java.time.Instant;
import java.util.List;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;

/** The 2019 Amazon board-review resolution as the coalition approved it: the start of co-filing and what follows. */
public final class ApprovedResolutions {

    private ApprovedResolutions() {}

    public static Resolution of(
            Coalition coalition,
            AnnualMeeting meeting,
            Organization lead,
            Member filer,
            Instant at,
            FilingRules rules) {
        var template = ResolutionTemplate.find(ResolutionTemplate.AMAZON_2019_FACIAL_RECOGNITION)
                .orElseThrow();
        var resolution = Resolution.draft(
                        coalition,
                        meeting.getCompany(),
                        meeting,
                        lead,
                        Jurisdiction.US,
                        ResolutionText.of(
                                template.kind(),
                                template.title(),
                                null,
                                template.supportingStatement(),
                                template.boardReview()),
                        ResolutionKind.BOARD_REVIEW,
                        List.of(),
                        filer,
                        at,
                        rules)
                .resolution();
        resolution.perform(ReviewAction.SUBMIT_FOR_REVIEW, null, filer, at, rules);
        resolution.perform(ReviewAction.APPROVE, null, filer, at, rules);
        return resolution;
    }
}
