package org.cofile.workflow.resolution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cofile.domain.resolution.BoardReview;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionTemplate;
import org.cofile.domain.resolution.ResolutionText;

/**
 * What a member types to draft or revise a resolution, as the portal's form and the API's body carry it. The
 * coalition, company, meeting, kind and lead filer are chosen once, at drafting; a revision carries the {@code
 * version} it was edited from.
 */
public class ResolutionData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long coalitionId;
    private Long companyId;
    private Long meetingId;
    private ResolutionKind kind;
    private Long leadFilerOrganizationId;
    private String jurisdiction;
    private String title;
    private String resolvedClause;
    private String supportingStatement;
    private List<String> topics = new ArrayList<>();
    private String restriction;
    private String reviewStandard;
    private String requiredFinding;
    private String protects;
    private Integer version;
    private String note;

    /** A form filled from a template: its kind, title, texts and topics. */
    public static ResolutionData from(ResolutionTemplate template) {
        var data = new ResolutionData();
        data.kind = template.kind();
        data.title = template.title();
        data.resolvedClause = template.resolvedClause();
        data.supportingStatement = template.supportingStatement();
        data.topics = new ArrayList<>(template.topics());
        data.boardReviewFrom(template.boardReview());
        return data;
    }

    /** A form filled with the resolution's current text, to revise it. */
    public static ResolutionData of(Resolution resolution) {
        var data = new ResolutionData();
        data.coalitionId = resolution.getCoalition().getId();
        data.companyId = resolution.getCompany().getId();
        data.meetingId = resolution.getMeeting().getId();
        data.kind = resolution.getKind();
        data.leadFilerOrganizationId = resolution.getLeadFiler().getId();
        data.jurisdiction = resolution.getJurisdiction().code();
        var text = resolution.getText();
        data.title = text.getTitle();
        data.resolvedClause = text.getResolvedClause();
        data.supportingStatement = text.getSupportingStatement();
        data.topics = new ArrayList<>(resolution.getTopics());
        data.boardReviewFrom(text.getBoardReview());
        data.version = resolution.getCurrentVersion();
        return data;
    }

    private void boardReviewFrom(BoardReview boardReview) {
        if (boardReview != null) {
            restriction = boardReview.getRestriction();
            reviewStandard = boardReview.getReviewStandard();
            requiredFinding = boardReview.getRequiredFinding();
            protects = boardReview.getProtects();
        }
    }

    /** The text these fields make, for a resolution of {@code resolutionKind}. */
    public ResolutionText text(ResolutionKind resolutionKind) {
        var boardReview = resolutionKind == ResolutionKind.BOARD_REVIEW
                ? new BoardReview(restriction, reviewStandard, requiredFinding, protects)
                : null;
        return ResolutionText.of(resolutionKind, title, resolvedClause, supportingStatement, boardReview);
    }

    /** The resolved clause the board-review fields make up so far, for the page to show as they are typed. */
    public String composedClause() {
        try {
            return new BoardReview(restriction, reviewStandard, requiredFinding, protects).resolvedClause();
        } catch (RuntimeException incomplete) {
            return null;
        }
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(Long coalitionId) {
        this.coalitionId = coalitionId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public ResolutionKind getKind() {
        return kind;
    }

    public void setKind(ResolutionKind kind) {
        this.kind = kind;
    }

    public Long getLeadFilerOrganizationId() {
        return leadFilerOrganizationId;
    }

    public void setLeadFilerOrganizationId(Long leadFilerOrganizationId) {
        this.leadFilerOrganizationId = leadFilerOrganizationId;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getResolvedClause() {
        return resolvedClause;
    }

    public void setResolvedClause(String resolvedClause) {
        this.resolvedClause = resolvedClause;
    }

    public String getSupportingStatement() {
        return supportingStatement;
    }

    public void setSupportingStatement(String supportingStatement) {
        this.supportingStatement = supportingStatement;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }

    /** The topics as one line of text separated by commas, for a plain input field. */
    public String getTopicsText() {
        return String.join(", ", topics);
    }

    public void setTopicsText(String text) {
        topics = new ArrayList<>();
        if (text != null) {
            for (var topic : text.split(",")) {
                if (!topic.isBlank()) {
                    topics.add(topic.strip());
                }
            }
        }
    }

    public String getRestriction() {
        return restriction;
    }

    public void setRestriction(String restriction) {
        this.restriction = restriction;
    }

    public String getReviewStandard() {
        return reviewStandard;
    }

    public void setReviewStandard(String reviewStandard) {
        this.reviewStandard = reviewStandard;
    }

    public String getRequiredFinding() {
        return requiredFinding;
    }

    public void setRequiredFinding(String requiredFinding) {
        this.requiredFinding = requiredFinding;
    }

    public String getProtects() {
        return protects;
    }

    public void setProtects(String protects) {
        this.protects = protects;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
