package org.cofile.domain.rules;

import java.time.LocalDate;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;

/**
 * When must a submission reach the company for this meeting?
 *
 * @param jurisdiction where the meeting is governed
 * @param meetingDate the meeting; chooses the rule set in force
 * @param meetingKind annual or other
 * @param textKind what is submitted (UK s314 statements and s338A matters have their own timing)
 * @param previousMeetingDate last year's annual meeting, {@code null} if there was none
 * @param previousProxyReleaseDate release date of last year's proxy statement (US), {@code null} if none
 * @param announcedDeadline the deadline the company announced, if recorded (US "reasonable time" cases)
 * @param noticeOfMeetingDate when notice of the meeting was given, if known (UK "or, if later")
 */
public record DeadlineQuery(
        Jurisdiction jurisdiction,
        LocalDate meetingDate,
        MeetingKind meetingKind,
        TextKind textKind,
        LocalDate previousMeetingDate,
        LocalDate previousProxyReleaseDate,
        LocalDate announcedDeadline,
        LocalDate noticeOfMeetingDate) {

    public DeadlineQuery {
        Checks.notNull(jurisdiction, "jurisdiction");
        Bounds.date(Checks.notNull(meetingDate, "meetingDate"), "meetingDate");
        Checks.notNull(meetingKind, "meetingKind");
        Checks.notNull(textKind, "textKind");
        Bounds.date(previousMeetingDate, "previousMeetingDate");
        Bounds.date(previousProxyReleaseDate, "previousProxyReleaseDate");
        Bounds.date(announcedDeadline, "announcedDeadline");
        Bounds.date(noticeOfMeetingDate, "noticeOfMeetingDate");
    }

    /** An annual meeting with last year's meeting and proxy release dates. */
    public static DeadlineQuery annual(
            Jurisdiction jurisdiction,
            LocalDate meetingDate,
            LocalDate previousMeetingDate,
            LocalDate previousProxyReleaseDate) {
        return new DeadlineQuery(
                jurisdiction,
                meetingDate,
                MeetingKind.ANNUAL,
                TextKind.PROPOSAL,
                previousMeetingDate,
                previousProxyReleaseDate,
                null,
                null);
    }

    public DeadlineQuery withTextKind(TextKind kind) {
        return new DeadlineQuery(
                jurisdiction,
                meetingDate,
                meetingKind,
                kind,
                previousMeetingDate,
                previousProxyReleaseDate,
                announcedDeadline,
                noticeOfMeetingDate);
    }

    public DeadlineQuery withAnnouncedDeadline(LocalDate announced) {
        return new DeadlineQuery(
                jurisdiction,
                meetingDate,
                meetingKind,
                textKind,
                previousMeetingDate,
                previousProxyReleaseDate,
                announced,
                noticeOfMeetingDate);
    }

    public DeadlineQuery withNoticeOfMeetingDate(LocalDate notice) {
        return new DeadlineQuery(
                jurisdiction,
                meetingDate,
                meetingKind,
                textKind,
                previousMeetingDate,
                previousProxyReleaseDate,
                announcedDeadline,
                notice);
    }
}
