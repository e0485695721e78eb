package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cofile.domain.answers.CommitmentStatus;
import org.cofile.domain.answers.NoActionRequest;
import org.cofile.domain.answers.ReconsiderationOutcome;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.shared.Percentage;
import org.cofile.web.rest.AnswersViews.BoardResponseView;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.answers.Accountability;
import org.cofile.workflow.answers.AccountabilityService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The accountability view across companies and years: per company and subject, what was asked, what was voted, what
 * the company answered and promised, and what it kept. Filed resolutions the caller may see, of one company
 * ({@code companyId}) or of all.
 */
@Path("/accountability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
@SecurityRequirement(name = "apiToken")
public class AccountabilityResource {

    @Inject
    private AccountabilityService accountability;

    @GET
    public List<CompanyView> overview(@QueryParam("companyId") String companyId) {
        var fields = new RequestFields();
        var company = fields.optionalCount("companyId", companyId);
        fields.verify();
        var today = LocalDate.now(ZoneOffset.UTC);
        return accountability.overview(company).companies().stream()
                .map(c -> CompanyView.of(c, today))
                .toList();
    }

    public record CompanyView(long companyId, String company, List<SubjectView> subjects) {

        static CompanyView of(Accountability.CompanyRecord record, LocalDate today) {
            return new CompanyView(
                    record.company().getId(),
                    record.company().getName(),
                    record.subjects().stream()
                            .map(s -> SubjectView.of(s, today))
                            .toList());
        }
    }

    /** {@code next*}: the engine's resubmission verdict for the company's next meeting, when one is scheduled. */
    public record SubjectView(
            Long subjectId,
            String title,
            List<YearView> years,
            LocalDate nextMeeting,
            Boolean nextExcludable,
            LocalDate nextExcludableUntil,
            String nextExplanation) {

        static SubjectView of(Accountability.SubjectRecord record, LocalDate today) {
            var next = record.next();
            return new SubjectView(
                    record.subjectId(),
                    record.title(),
                    record.years().stream().map(y -> YearView.of(y, today)).toList(),
                    record.nextMeeting(),
                    next == null ? null : next.excludable(),
                    next == null ? null : next.excludableUntil(),
                    next == null ? null : next.explanation());
        }
    }

    public record YearView(
            long resolutionId,
            String title,
            ResolutionKind kind,
            LocalDate meetingDate,
            String leadFiler,
            BigDecimal supportPercent,
            Boolean supportReported,
            String supportLabel,
            List<BigDecimal> resubmissionThresholds,
            List<StaffAnswerView> noActionRequests,
            BoardResponseView boardResponse,
            List<CommitmentSummary> commitments,
            long commitmentsKept) {

        static YearView of(Accountability.YearRecord year, LocalDate today) {
            var resolution = year.resolution();
            var support = year.support();
            return new YearView(
                    resolution.getId(),
                    resolution.getText().getTitle(),
                    resolution.getKind(),
                    year.meetingDate(),
                    resolution.getLeadFiler().getName(),
                    support == null ? null : support.percent(),
                    support == null ? null : support.reported(),
                    support == null ? null : support.label(),
                    year.thresholds().stream().map(Percentage::value).toList(),
                    year.noActionRequests().stream().map(StaffAnswerView::of).toList(),
                    year.boardResponse() == null ? null : BoardResponseView.of(year.boardResponse()),
                    year.commitments().stream()
                            .map(c -> new CommitmentSummary(
                                    c.getId(), c.getText(), c.getDueOn(), c.getStatus(), c.isOverdue(today)))
                            .toList(),
                    year.kept());
        }
    }

    public record StaffAnswerView(
            int number,
            StaffOutcome outcome,
            LocalDate answeredOn,
            ReconsiderationOutcome reconsiderationOutcome,
            LocalDate reconsiderationAnsweredOn,
            LocalDate withdrawnOn) {

        static StaffAnswerView of(NoActionRequest request) {
            return new StaffAnswerView(
                    request.getNumber(),
                    request.getOutcome(),
                    request.getAnsweredOn(),
                    request.getReconsiderationOutcome(),
                    request.getReconsiderationAnsweredOn(),
                    request.getWithdrawnOn());
        }
    }

    public record CommitmentSummary(long id, String text, LocalDate dueOn, CommitmentStatus status, boolean overdue) {}
}
