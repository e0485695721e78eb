package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cofile.domain.answers.Subject;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.web.rest.rules.ResubmissionView;
import org.cofile.workflow.answers.SubjectHistory;
import org.cofile.workflow.answers.SubjectService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Subjects: resolutions of different years at one company linked as substantially the same subject matter; their
 * votes over the years, and whether the next proposal on the subject may be excluded as a resubmission.
 */
@Path("/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
@SecurityRequirement(name = "apiToken")
public class SubjectsResource {

    @Inject
    private SubjectService subjects;

    public record NewSubject(String title, List<String> resolutionIds) {

        List<Long> ids() {
            var fields = new RequestFields();
            var ids = new ArrayList<Long>();
            var given = fields.boundedList("resolutionIds", resolutionIds == null ? List.of() : resolutionIds);
            for (int i = 0; i < given.size(); i++) {
                var id = fields.requiredCount("resolutionIds[" + i + "]", given.get(i));
                if (id != null) {
                    ids.add(id);
                }
            }
            fields.optionalText("title", title, Subject.TITLE_MAX);
            fields.verify();
            return ids;
        }
    }

    public record YearView(
            long resolutionId,
            String title,
            LocalDate meetingDate,
            BigDecimal secSupportPercent,
            BigDecimal companySupportPercent,
            BigDecimal reportedSupportPercent,
            String supportLabel) {}

    public record SubjectView(long id, String title, long companyId, String company, List<YearView> resolutions) {

        static SubjectView of(SubjectHistory history) {
            var subject = history.subject();
            return new SubjectView(
                    subject.getId(),
                    subject.getTitle(),
                    subject.getCompany().getId(),
                    subject.getCompany().getName(),
                    history.years().stream()
                            .map(y -> new YearView(
                                    y.resolution().getId(),
                                    y.resolution().getText().getTitle(),
                                    y.resolution().getMeeting().getMeetingDate(),
                                    y.vote() == null ? null : y.vote().sec().percent(),
                                    y.vote() == null ? null : y.vote().company().percent(),
                                    y.support() == null || !y.support().reported()
                                            ? null
                                            : y.support().percent(),
                                    y.support() == null ? null : y.support().label()))
                            .toList());
        }
    }

    /** Links resolutions at one company as one subject, kept by the first one's coalition. */
    @POST
    public Response create(NewSubject body) {
        var in = ApiInput.required(body);
        var subject = subjects.create(in.title(), in.ids());
        return Response.created(URI.create("subjects/" + subject.getId()))
                .entity(SubjectView.of(subjects.history(subject.getId())))
                .build();
    }

    @GET
    @Path("/{id}")
    public SubjectView get(@PathParam("id") long id) {
        return SubjectView.of(subjects.history(id));
    }

    /** The engine's verdict (14a-8(i)(12)) for a proposal on this subject at the meeting on {@code meetingDate}. */
    @GET
    @Path("/{id}/resubmission")
    public ResubmissionView resubmission(@PathParam("id") long id, @QueryParam("meetingDate") String meetingDate) {
        var fields = new RequestFields();
        var date = fields.requiredDate("meetingDate", meetingDate);
        fields.verify();
        return ResubmissionView.of(subjects.resubmission(id, date));
    }
}
