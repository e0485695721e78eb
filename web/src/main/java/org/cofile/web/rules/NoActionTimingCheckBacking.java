package org.cofile.web.rules;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.cofile.domain.rules.NoActionTimingVerdict;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;

/** The no-action timing check (14a-8(j)). */
@Named
@ViewScoped
public class NoActionTimingCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "requestDate", "requestDate",
            "definitiveProxyDate", "definitiveProxyDate",
            "meetingDate", "definitiveProxyDate");

    @Inject
    private Messages messages;

    private LocalDate requestDate;
    private LocalDate definitiveProxyDate;
    private transient NoActionTimingVerdict verdict;

    public void check(ActionEvent event) {
        verdict = null;
        try {
            verdict = RuleCheck.RULES.noActionTiming(requestDate, definitiveProxyDate);
        } catch (InvalidInputException e) {
            RuleCheck.report(messages, event, e, INPUTS);
        }
    }

    public NoActionTimingVerdict getVerdict() {
        return verdict;
    }

    public LocalDate getRequestDate() {
        return requestDate;
    }

    public void setRequestDate(LocalDate requestDate) {
        this.requestDate = requestDate;
    }

    public LocalDate getDefinitiveProxyDate() {
        return definitiveProxyDate;
    }

    public void setDefinitiveProxyDate(LocalDate definitiveProxyDate) {
        this.definitiveProxyDate = definitiveProxyDate;
    }
}
