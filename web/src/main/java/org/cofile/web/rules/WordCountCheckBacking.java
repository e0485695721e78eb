package org.cofile.web.rules;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.WordCountVerdict;
import org.cofile.domain.rules.WordCounter;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;

/** The word count check, with a live count while the member types. */
@Named
@ViewScoped
public class WordCountCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS =
            Map.of("jurisdiction", "jurisdiction", "textKind", "kind", "text", "text");

    @Inject
    private Messages messages;

    private String jurisdiction = Jurisdiction.US.code();
    private TextKind kind = TextKind.PROPOSAL;
    private String text;
    private transient WordCountVerdict verdict;

    public void check(ActionEvent event) {
        verdict = null;
        try {
            verdict = RuleCheck.RULES.wordCount(Jurisdiction.parse(jurisdiction), kind, text == null ? "" : text);
        } catch (InvalidInputException e) {
            RuleCheck.report(messages, event, e, INPUTS);
        }
    }

    /** Counted the way the rules count, so the live figure and the verdict agree. */
    public int getLiveWords() {
        return text == null ? 0 : WordCounter.count(text);
    }

    public WordCountVerdict getVerdict() {
        return verdict;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public TextKind getKind() {
        return kind;
    }

    public void setKind(TextKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
