package org.cofile.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.TooManyRequestsException;

/**
 * Runs what an edit page asks of its service and answers the service's refusals the same way on every page: an
 * unknown record with 404, a forbidden one with 403, a refused save with messages beside its form's fields.
 */
@ApplicationScoped
public class PageActions {

    @Inject
    private FormErrors formErrors;

    @Inject
    private Messages messages;

    /** Loads the page's record before the first render; 404 when it is unknown, 403 when the member may not see it. */
    public void load(Runnable loading) {
        try {
            loading.run();
        } catch (NotFoundException e) {
            Requests.refuse(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException e) {
            Requests.refuse(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /**
     * Submits the form {@code formId} of the page whose bundle keys start with {@code page}; {@code true} when the
     * service took it. A conflict or invalid input is shown on the form. A 403 answers a member who may no longer
     * save: the role may have been lowered since the form was opened, or the post was made by hand past a read-only
     * form. Too many requests at once are asked to wait, with 429 and a message saying how long.
     */
    public boolean submit(String formId, String page, Runnable submitting) {
        try {
            submitting.run();
            return true;
        } catch (ConflictException e) {
            formErrors.show(formId, page, e);
        } catch (InvalidInputException e) {
            formErrors.show(formId, page, e);
        } catch (AccessDeniedException e) {
            Requests.refuse(HttpServletResponse.SC_FORBIDDEN);
        } catch (TooManyRequestsException e) {
            var response = (HttpServletResponse)
                    FacesContext.getCurrentInstance().getExternalContext().getResponse();
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            messages.addGlobal(FacesMessage.SEVERITY_WARN, "page.tooManyRequests", e.retryAfterSeconds());
        }
        return false;
    }
}
