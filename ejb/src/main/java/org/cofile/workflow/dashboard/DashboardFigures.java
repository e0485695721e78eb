package org.cofile.workflow.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts across the coalition and the next annual meetings. A class with getters rather than a record: Faces 4.0's
 * expression language (EL 5) does not read record accessors.
 */
public final class DashboardFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long organizations;
    private final long members;
    private final long companies;
    private final long upcomingMeetings;
    private final List<UpcomingMeeting> nextMeetings;

    public DashboardFigures(
            long organizations,
            long members,
            long companies,
            long upcomingMeetings,
            List<UpcomingMeeting> nextMeetings) {
        this.organizations = organizations;
        this.members = members;
        this.companies = companies;
        this.upcomingMeetings = upcomingMeetings;
        this.nextMeetings = List.copyOf(nextMeetings);
    }

    public long getOrganizations() {
        return organizations;
    }

    public long getMembers() {
        return members;
    }

    public long getCompanies() {
        return companies;
    }

    public long getUpcomingMeetings() {
        return upcomingMeetings;
    }

    public List<UpcomingMeeting> getNextMeetings() {
        return nextMeetings;
    }

    /** One upcoming annual meeting, flattened for display. */
    public static final class UpcomingMeeting implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String companyName;
        private final String ticker;
        private final LocalDate meetingDate;

        public UpcomingMeeting(String companyName, String ticker, LocalDate meetingDate) {
            this.companyName = companyName;
            this.ticker = ticker;
            this.meetingDate = meetingDate;
        }

        public String getCompanyName() {
            return companyName;
        }

        public String getTicker() {
            return ticker;
        }

        public LocalDate getMeetingDate() {
            return meetingDate;
        }
    }
}
