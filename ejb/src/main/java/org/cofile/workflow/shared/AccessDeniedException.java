package org.cofile.workflow.shared;

/** The caller is signed in but may not do this, typically because the record belongs to another organization. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
