package org.cofile.web.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.campaign.HoldReason;
import org.cofile.domain.campaign.SignatureBlock;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.campaign.SignatureScreening;
import org.cofile.workflow.shared.NotFoundException;

/**
 * The signatures of a petition held aside as suspicious ({@code campaigns/held.xhtml?id=N}), for the coalition's
 * admins: a filter, the preview of what it selects, and one decision for all of it; beside it the campaign's block
 * list. A decision reaches what the preview showed, nothing that arrived after it.
 */
@Named
@ViewScoped
public class HeldBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "held";

    @Inject
    private SignatureScreening screening;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    @Inject
    private AuditService audit;

    private long id;
    private SignatureScreening.HeldPreview preview;
    private SignatureScreening.HeldFilter shown = new SignatureScreening.HeldFilter(null, null);
    private List<SignatureBlock> blockList;
    private List<AuditEntry> history = List.of();

    private HoldReason reason;
    private String from;
    private String entry;
    private String note;

    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Petition").orElseThrow(() -> new NotFoundException("Petition", "?"));
            refresh();
        });
    }

    public void filter() {
        pageActions.submit("filter", PAGE, () -> {
            shown = new SignatureScreening.HeldFilter(reason, from);
            refresh();
        });
    }

    public void invalidate() {
        if (pageActions.submit("decision", PAGE, () -> {
            int invalidated = screening.invalidate(id, shown, preview.upToId());
            messages.addGlobal(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "held.invalidated", invalidated);
        })) {
            refresh();
        }
    }

    public void release() {
        if (pageActions.submit("decision", PAGE, () -> {
            var released = screening.release(id, shown, preview.upToId());
            messages.addGlobal(
                    jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                    "held.released",
                    released.released(),
                    released.remaining());
        })) {
            refresh();
        }
    }

    public void block() {
        if (pageActions.submit("block", PAGE, () -> screening.block(campaignId(), entry, note))) {
            entry = null;
            note = null;
            refresh();
        }
    }

    public void unblock(long blockId) {
        pageActions.load(() -> {
            screening.unblock(campaignId(), blockId);
            refresh();
        });
    }

    private void refresh() {
        preview = screening.preview(id, shown);
        blockList = screening.blockList(campaignId());
        history = audit.historyOf("Petition", id);
    }

    private long campaignId() {
        return preview.petition().getCampaign().getId();
    }

    public SignatureScreening.HeldPreview getPreview() {
        return preview;
    }

    /** The petition's changes and the decisions taken here on its held signatures. */
    public List<AuditEntry> getHistory() {
        return history;
    }

    public List<SignatureBlock> getBlockList() {
        return blockList;
    }

    public HoldReason[] getReasons() {
        return HoldReason.values();
    }

    public HoldReason getReason() {
        return reason;
    }

    public void setReason(HoldReason reason) {
        this.reason = reason;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
