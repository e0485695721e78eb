package org.cofile.web.rules;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.rules.MeetingKind;
import org.cofile.domain.rules.TextKind;

/** The page's shared choices: jurisdictions the engine knows, kinds of text and meeting, and the open tab. */
@Named
@ViewScoped
public class CheckFilingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private int activeTab;

    public List<String> getJurisdictions() {
        return RuleCheck.jurisdictions();
    }

    public TextKind[] getTextKinds() {
        return TextKind.values();
    }

    public MeetingKind[] getMeetingKinds() {
        return MeetingKind.values();
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }
}
