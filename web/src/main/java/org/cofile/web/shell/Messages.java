package org.cofile.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the resource bundle, in the language of the current view. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "org.cofile.web.i18n.messages";

    public String text(String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        var bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        var pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The bundle's text for the key, or the fallback where the bundle has no such key. */
    public String textOr(String key, String fallback) {
        var bundle = ResourceBundle.getBundle(
                BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public void addGlobal(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }

    /** A message beside one input, by its client id. */
    public void addFor(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** A message that survives the redirect after a successful save. */
    public void flash(String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
