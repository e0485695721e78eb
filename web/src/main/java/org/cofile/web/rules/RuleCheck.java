package org.cofile.web.rules;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.event.ActionEvent;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.RuleSetRegistry;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;

/** What the checks of the page share: the engine, the jurisdictions, and a refused input shown beside its field. */
final class RuleCheck {

    /** Stateless and thread-safe: one engine for the whole portal; static, so view-scoped beans need not serialize it. */
    static final FilingRules RULES = new FilingRules();

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private RuleCheck() {}

    static List<String> jurisdictions() {
        return RuleSetRegistry.standard().jurisdictions().stream()
                .map(Jurisdiction::code)
                .toList();
    }

    /**
     * Shows the domain's refusal beside the input it is about. {@code inputIds} maps the domain's field names to the
     * ids of the inputs in the button's form; an indexed field ({@code holdings[1].shares}) maps its list name to the
     * id of the {@code ui:repeat} and its leaf to the input inside. Fields without an input get a global message.
     */
    static void report(Messages messages, ActionEvent event, InvalidInputException e, Map<String, String> inputIds) {
        String text = messages.text("rules_check.error.refused", e.reason());
        String clientId = clientId(event.getComponent(), e.field(), inputIds);
        if (clientId == null) {
            messages.addGlobal(FacesMessage.SEVERITY_ERROR, "rules_check.error.refusedField", e.field(), e.reason());
        } else {
            messages.addFor(clientId, FacesMessage.SEVERITY_ERROR, text);
        }
    }

    private static String clientId(UIComponent source, String field, Map<String, String> inputIds) {
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            String repeatId = inputIds.get(indexed.group(1));
            String leafId = inputIds.get(indexed.group(3));
            UIComponent repeat = repeatId == null ? null : source.findComponent(repeatId);
            return repeat == null || leafId == null
                    ? null
                    : repeat.getClientId() + ":" + indexed.group(2) + ":" + leafId;
        }
        String id = inputIds.get(field);
        UIComponent input = id == null ? null : source.findComponent(id);
        return input == null ? null : input.getClientId();
    }
}
