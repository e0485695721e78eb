package org.cofile.workflow.shared;

/** The record asked for does not exist. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}
