package org.cofile.workflow.shared;

import jakarta.ejb.ApplicationException;

/** A use case refused: the transaction rolls back and the caller gets this exception as it is, not wrapped. */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }
}
