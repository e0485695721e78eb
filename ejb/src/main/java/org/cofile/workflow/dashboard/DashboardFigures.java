package org.cofile.workflow.dashboard;

import java.io.Serializable;
import java.util.List;

/** Counts across the coalition and the next annual meetings. */
public record DashboardFigures(
        long organizations, long members, long companies, long upcomingMeetings, List<UpcomingMeeting> nextMeetings)
        implements Serializable {

    /** One upcoming annual meeting, flattened for display. */
    public record UpcomingMeeting(String companyName, String ticker, java.time.LocalDate meetingDate)
            implements Serializable {}
}
