package org.cofile.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The portal's language for this session: the browser's if supported, else English; switchable on every page. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            var requested =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = SUPPORTED.stream()
                    .filter(l -> requested != null && l.getLanguage().equals(requested.getLanguage()))
                    .findFirst()
                    .orElse(Locale.ENGLISH);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        locale = SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(Locale.ENGLISH);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }
}
