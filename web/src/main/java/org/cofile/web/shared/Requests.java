package org.cofile.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.cofile.workflow.shared.NotFoundException;

/** What a page reads from its request and how it refuses one with an HTTP status and the friendly error page. */
public final class Requests {

    private Requests() {}

    /**
     * The {@code ?id=N} an edit page was opened with; empty when there is none, which means "create". An id that is
     * no number names nothing, so it is answered like an unknown one.
     */
    public static Optional<Long> idParameter(String what) {
        var text = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            throw new NotFoundException(what, text);
        }
    }

    /** Ends the request with this status; web.xml maps it to the error page. */
    public static void refuse(int status) {
        var faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
