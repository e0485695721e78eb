package org.cofile.workflow.shared;

import java.time.Duration;

/** Refused for now, not for good: too many requests came too fast; nothing was saved, and the caller may try again. */
public class TooManyRequestsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one: what a Retry-After header carries. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
