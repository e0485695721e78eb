package org.cofile.web.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.resolution.ReviewAction;
import org.cofile.workflow.resolution.ResolutionDetails;

/**
 * A resolution as the API shows it: its text, where it stands, its words against the limit, the filing deadline of
 * its meeting (ISO date, or null with the reason in the explanation) and what the caller may do.
 */
public record ResolutionView(
        Long id,
        Long coalitionId,
        String coalitionName,
        Long companyId,
        String companyName,
        Long meetingId,
        String meetingDate,
        String kind,
        String state,
        String title,
        String resolvedClause,
        String supportingStatement,
        BoardReviewFields boardReview,
        List<String> topics,
        String jurisdiction,
        Long leadFilerOrganizationId,
        String leadFilerName,
        int version,
        int words,
        Integer wordLimit,
        boolean withinLimit,
        String wordCountExplanation,
        String filingDeadline,
        String filingDeadlineExplanation,
        boolean mayEdit,
        List<String> allowedActions,
        LocalDate plannedSubmissionOn,
        LocalDate submittedOn,
        String deliveredBy,
        LocalDate receiptAcknowledgedOn,
        Instant createdAt,
        Instant updatedAt) {

    static ResolutionView of(ResolutionDetails details) {
        var r = details.resolution();
        var text = r.getText();
        var words = details.wordCount();
        var deadline = details.deadline();
        return new ResolutionView(
                r.getId(),
                r.getCoalition().getId(),
                r.getCoalition().getName(),
                r.getCompany().getId(),
                r.getCompany().getName(),
                r.getMeeting().getId(),
                r.getMeeting().getMeetingDate().toString(),
                r.getKind().name(),
                r.getState().name(),
                text.getTitle(),
                text.getResolvedClause(),
                text.getSupportingStatement(),
                BoardReviewFields.of(text.getBoardReview()),
                r.getTopics(),
                r.getJurisdiction().code(),
                r.getLeadFiler().getId(),
                r.getLeadFiler().getName(),
                r.getCurrentVersion(),
                words.count(),
                words.limit(),
                words.withinLimit(),
                words.explanation() + " (" + words.citation() + ")",
                deadline == null || deadline.deadline() == null
                        ? null
                        : deadline.deadline().toString(),
                deadline == null ? details.deadlineUnavailable() : deadline.explanation(),
                details.mayEdit(),
                details.allowedActions().stream()
                        .sorted()
                        .map(ReviewAction::name)
                        .toList(),
                r.getPlannedSubmissionOn(),
                r.getSubmittedOn(),
                r.getDeliveredBy() == null ? null : r.getDeliveredBy().name(),
                r.getReceiptAcknowledgedOn(),
                r.getCreatedAt(),
                r.getUpdatedAt());
    }
}
