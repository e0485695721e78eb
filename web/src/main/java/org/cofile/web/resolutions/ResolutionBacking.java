package org.cofile.web.resolutions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionVersion;
import org.cofile.domain.resolution.ReviewAction;
import org.cofile.domain.resolution.ReviewComment;
import org.cofile.domain.resolution.StaleVersionException;
import org.cofile.domain.rules.WordCountVerdict;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.resolution.ResolutionData;
import org.cofile.workflow.resolution.ResolutionDetails;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.resolution.VersionDiff;
import org.cofile.workflow.shared.NotFoundException;

/**
 * A resolution's page ({@code resolutions/view.xhtml?id=N}): its text, editable with a live word counter while it is
 * a draft and the member may edit it; its versions and the difference between any two; comments; the review actions
 * the member may take; and the timeline. What the member may do comes from the service's {@link ResolutionDetails},
 * decided by the resolution's access policy.
 */
@Named
@ViewScoped
public class ResolutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "resolutions_view";

    @Inject
    private ResolutionService resolutions;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private long id;
    private ResolutionDetails details;
    private ResolutionData data;
    private ResolutionDetails conflict;
    private List<ResolutionVersion> versions = List.of();
    private List<ReviewComment> comments = List.of();
    private List<ResolutionEvent> timeline = List.of();
    private int diffFrom;
    private int diffTo;
    private VersionDiff diff;
    private Integer commentVersion;
    private String commentText;
    private String reason;

    /** Before the first render: 404 for a resolution the member may not see, or that does not exist. */
    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Resolution").orElseThrow(() -> new NotFoundException("Resolution", "?"));
            var page = resolutions.page(id);
            details = page.details();
            versions = page.versions();
            comments = page.comments();
            timeline = page.timeline();
            diff = page.latestChanges();
            data = ResolutionData.of(details.resolution());
            int current = details.resolution().getCurrentVersion();
            diffTo = current;
            diffFrom = Math.max(1, current - 1);
            commentVersion = current;
        });
    }

    /**
     * Saves the typed text as a new version. If someone saved meanwhile, nothing is lost: the typed text stays in the
     * form, the current one is shown beside it, and the next save is made from the current version.
     */
    public String save() {
        try {
            boolean saved = pageActions.submit("edit", PAGE, () -> {
                try {
                    resolutions.revise(id, data);
                } catch (InvalidInputException e) {
                    throw e.withFieldsRenamed(field -> field.replace("boardReview.", ""));
                }
            });
            if (!saved) {
                return null;
            }
        } catch (StaleVersionException e) {
            conflict = resolutions.get(id);
            data.setVersion(e.currentVersion());
            messages.addGlobal(FacesMessage.SEVERITY_WARN, PAGE + ".conflict.stale", e.currentVersion());
            return null;
        }
        messages.flash(PAGE + ".saved");
        return again();
    }

    public String perform(ReviewAction action) {
        boolean done = pageActions.submit("review", PAGE, () -> resolutions.perform(id, action, reason));
        if (!done) {
            return null;
        }
        messages.flash(PAGE + ".performed." + action);
        return again();
    }

    public String comment() {
        boolean done = pageActions.submit("comment", PAGE, () -> resolutions.comment(id, commentVersion, commentText));
        if (!done) {
            return null;
        }
        messages.flash(PAGE + ".commented");
        return again();
    }

    public void showDiff() {
        pageActions.submit("diff", PAGE, () -> diff = resolutions.diff(id, diffFrom, diffTo));
    }

    private String again() {
        return "/resolutions/view?faces-redirect=true&id=" + id;
    }

    /** The count of what is typed in the form now, for the live counter. */
    public WordCountVerdict getWordCount() {
        return WordCounterPanel.count(
                data, getResolution().getKind(), getResolution().getMeeting().getMeetingDate());
    }

    public String getWordCountText() {
        return WordCounterPanel.text(messages, getWordCount());
    }

    public String getComposedClause() {
        return data.composedClause();
    }

    public Resolution getResolution() {
        return details.resolution();
    }

    public ResolutionDetails getDetails() {
        return details;
    }

    public boolean isBoardReview() {
        return getResolution().getKind() == ResolutionKind.BOARD_REVIEW;
    }

    public List<ReviewAction> getAllowedActions() {
        return details.allowedActions().stream().sorted().toList();
    }

    public boolean isMayReview() {
        return !details.allowedActions().isEmpty();
    }

    public ResolutionData getData() {
        return data;
    }

    public ResolutionDetails getConflict() {
        return conflict;
    }

    public List<ResolutionVersion> getVersions() {
        return versions;
    }

    public List<ReviewComment> getComments() {
        return comments;
    }

    public List<ResolutionEvent> getTimeline() {
        return timeline;
    }

    public List<Integer> getVersionNumbers() {
        return versions.stream().map(ResolutionVersion::getNumber).toList();
    }

    public VersionDiff getDiff() {
        return diff;
    }

    public int getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(int diffFrom) {
        this.diffFrom = diffFrom;
    }

    public int getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(int diffTo) {
        this.diffTo = diffTo;
    }

    public Integer getCommentVersion() {
        return commentVersion;
    }

    public void setCommentVersion(Integer commentVersion) {
        this.commentVersion = commentVersion;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
