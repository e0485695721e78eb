package org.cofile.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;

/**
 * Puts a refused save back on its form: a message beside each field the service names, a global one for a stale
 * record. The bundle's {@code <page>.conflict.<field>} and {@code <page>.invalid.<field>} keys say it in the member's
 * language; where a key is missing the service's own text is shown.
 */
@ApplicationScoped
public class FormErrors {

    @Inject
    private Messages messages;

    public void show(String formId, String page, ConflictException e) {
        if (e.field() == null) {
            messages.addGlobal(FacesMessage.SEVERITY_ERROR, page + ".conflict.stale");
        } else {
            besideField(formId, page + ".conflict." + e.field(), e.field(), e.getMessage());
        }
    }

    public void show(String formId, String page, InvalidInputException e) {
        e.fieldErrors().forEach((field, text) -> besideField(formId, page + ".invalid." + field, field, text));
    }

    private void besideField(String formId, String key, String field, String serviceText) {
        var text = messages.text(key);
        messages.addFor(formId + ":" + field, FacesMessage.SEVERITY_ERROR, text.equals(key) ? serviceText : text);
    }
}
