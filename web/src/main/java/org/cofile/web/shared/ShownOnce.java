package org.cofile.web.shared;

import jakarta.faces.context.FacesContext;

/**
 * A secret the member sees once, in the response to the request that made it (a new API token, an invitation link):
 * kept in the attributes of that response only, never in the view state kept in the session, so that once the page
 * is gone nobody can see it again.
 */
public final class ShownOnce {

    private ShownOnce() {}

    public static void show(Class<?> page, String secret) {
        FacesContext.getCurrentInstance().getAttributes().put(key(page), secret);
    }

    /** The secret made in this request for {@code page}, or null. */
    public static String shown(Class<?> page) {
        return (String) FacesContext.getCurrentInstance().getAttributes().get(key(page));
    }

    private static String key(Class<?> page) {
        return page.getName() + ".shownOnce";
    }
}
