package org.cofile.web.rest;

import java.util.List;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionTemplate;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.resolution.ResolutionData;

/**
 * The body of {@code POST /api/resolutions} and {@code PUT /api/resolutions/{id}}. On creation a {@code templateId}
 * fills what the body leaves out; on a save, {@code version} names the version the text was edited from.
 */
public record ResolutionRequest(
        Long coalitionId,
        Long companyId,
        Long meetingId,
        String kind,
        String title,
        String resolvedClause,
        String supportingStatement,
        List<String> topics,
        Long leadFilerOrganizationId,
        String jurisdiction,
        String templateId,
        BoardReviewFields boardReview,
        Integer version,
        String note) {

    ResolutionData toData() {
        var data = new ResolutionData();
        if (templateId != null) {
            var template = ResolutionTemplate.find(templateId)
                    .orElseThrow(() -> new InvalidInputException(
                            "templateId", "There is no template '" + Bounds.excerpt(templateId) + "'."));
            data = ResolutionData.from(template);
        }
        data.setCoalitionId(coalitionId);
        data.setCompanyId(companyId);
        data.setMeetingId(meetingId);
        data.setLeadFilerOrganizationId(leadFilerOrganizationId);
        data.setJurisdiction(jurisdiction);
        data.setVersion(version);
        data.setNote(note);
        if (kind != null) {
            data.setKind(ApiInput.required(kind, "kind", ResolutionKind.class));
        }
        if (title != null) {
            data.setTitle(title);
        }
        if (resolvedClause != null) {
            data.setResolvedClause(resolvedClause);
        }
        if (supportingStatement != null) {
            data.setSupportingStatement(supportingStatement);
        }
        if (topics != null) {
            data.setTopics(Bounds.entries(topics, "topics"));
        }
        if (boardReview != null) {
            data.setRestriction(boardReview.restriction());
            data.setReviewStandard(boardReview.reviewStandard());
            data.setRequiredFinding(boardReview.requiredFinding());
            data.setProtects(boardReview.protects());
        }
        return data;
    }
}
