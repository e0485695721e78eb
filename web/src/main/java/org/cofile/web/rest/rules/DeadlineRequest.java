package org.cofile.web.rest.rules;

import java.time.LocalDate;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MeetingKind;
import org.cofile.domain.rules.TextKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When must a submission reach the company for this meeting? Dates arrive as text; see {@link RequestFields}. */
@Schema(name = "DeadlineRequest")
public record DeadlineRequest(
        @Schema(required = true, examples = "US") String jurisdiction,

        @Schema(type = SchemaType.STRING, format = "date", required = true, examples = "2002-05-20")
        String meetingDate,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                description = "Last year's annual meeting; omit if there was none.",
                examples = "2001-05-21")
        String priorMeetingDate,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                description = "Release date of last year's proxy statement (US).",
                examples = "2001-04-14")
        String priorProxyReleaseDate,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                description = "The deadline the company announced, where the rule is \"a reasonable time\".")
        String announcedDeadline,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                description = "When notice of the meeting was given (UK \"or, if later\").")
        String noticeOfMeetingDate,

        @Schema(
                enumeration = {"ANNUAL", "OTHER"},
                description = "Default ANNUAL.")
        String meetingKind,

        @Schema(
                enumeration = {"PROPOSAL", "STATEMENT", "AGM_MATTER"},
                description = "What is submitted. Default PROPOSAL.")
        String kind) {

    DeadlineQuery toQuery() {
        var in = new RequestFields();
        Jurisdiction j = in.jurisdiction("jurisdiction", jurisdiction);
        LocalDate meeting = in.requiredDate("meetingDate", meetingDate);
        LocalDate priorMeeting = in.optionalDate("priorMeetingDate", priorMeetingDate);
        LocalDate priorRelease = in.optionalDate("priorProxyReleaseDate", priorProxyReleaseDate);
        LocalDate announced = in.optionalDate("announcedDeadline", announcedDeadline);
        LocalDate notice = in.optionalDate("noticeOfMeetingDate", noticeOfMeetingDate);
        MeetingKind meetingKindValue = in.choice("meetingKind", meetingKind, MeetingKind.class, MeetingKind.ANNUAL);
        TextKind textKind = in.choice("kind", kind, TextKind.class, TextKind.PROPOSAL);
        in.verify();
        return RequestFields.translated(() -> new DeadlineQuery(
                j, meeting, meetingKindValue, textKind, priorMeeting, priorRelease, announced, notice));
    }
}
