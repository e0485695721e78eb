package org.cofile.web.rules;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MeetingKind;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;

/** The submission deadline check. */
@Named
@ViewScoped
public class DeadlineCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "jurisdiction", "jurisdiction",
            "meetingDate", "meetingDate",
            "previousMeetingDate", "priorMeetingDate",
            "previousProxyReleaseDate", "priorProxyReleaseDate",
            "announcedDeadline", "announcedDeadline");

    @Inject
    private Messages messages;

    private String jurisdiction = Jurisdiction.US.code();
    private MeetingKind meetingKind = MeetingKind.ANNUAL;
    private TextKind kind = TextKind.PROPOSAL;
    private LocalDate meetingDate;
    private LocalDate priorMeetingDate;
    private LocalDate priorProxyReleaseDate;
    private LocalDate announcedDeadline;
    private transient DeadlineVerdict verdict;

    public void check(ActionEvent event) {
        verdict = null;
        try {
            verdict = RuleCheck.RULES.submissionDeadline(new DeadlineQuery(
                    Jurisdiction.parse(jurisdiction),
                    meetingDate,
                    meetingKind,
                    kind,
                    priorMeetingDate,
                    priorProxyReleaseDate,
                    announcedDeadline,
                    null));
        } catch (InvalidInputException e) {
            RuleCheck.report(messages, event, e, INPUTS);
        }
    }

    public DeadlineVerdict getVerdict() {
        return verdict;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public MeetingKind getMeetingKind() {
        return meetingKind;
    }

    public void setMeetingKind(MeetingKind meetingKind) {
        this.meetingKind = meetingKind;
    }

    public TextKind getKind() {
        return kind;
    }

    public void setKind(TextKind kind) {
        this.kind = kind;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public LocalDate getPriorMeetingDate() {
        return priorMeetingDate;
    }

    public void setPriorMeetingDate(LocalDate priorMeetingDate) {
        this.priorMeetingDate = priorMeetingDate;
    }

    public LocalDate getPriorProxyReleaseDate() {
        return priorProxyReleaseDate;
    }

    public void setPriorProxyReleaseDate(LocalDate priorProxyReleaseDate) {
        this.priorProxyReleaseDate = priorProxyReleaseDate;
    }

    public LocalDate getAnnouncedDeadline() {
        return announcedDeadline;
    }

    public void setAnnouncedDeadline(LocalDate announcedDeadline) {
        this.announcedDeadline = announcedDeadline;
    }
}
