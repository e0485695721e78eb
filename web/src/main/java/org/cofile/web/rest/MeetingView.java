package org.cofile.web.rest;

import org.cofile.domain.meeting.AnnualMeeting;

/** An annual meeting of a company, with the dates its filing deadline follows from. */
public record MeetingView(
        Long id, Long companyId, String meetingDate, String proxyReleaseDate, String announcedProposalDeadline) {

    static MeetingView of(AnnualMeeting m) {
        return new MeetingView(
                m.getId(),
                m.getCompany().getId(),
                m.getMeetingDate().toString(),
                m.getProxyReleaseDate() == null ? null : m.getProxyReleaseDate().toString(),
                m.getAnnouncedProposalDeadline() == null
                        ? null
                        : m.getAnnouncedProposalDeadline().toString());
    }
}
