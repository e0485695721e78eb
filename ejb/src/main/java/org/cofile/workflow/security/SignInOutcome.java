package org.cofile.workflow.security;

import java.time.Instant;
import java.util.Set;

/** The result of a sign-in attempt. Wrong e-mail and wrong password are the same outcome, on purpose. */
public record SignInOutcome(Status status, String email, Set<String> groups, Instant lockedUntil) {

    /** Why a sign-in succeeded or not. */
    public enum Status {
        SIGNED_IN,
        INVALID_CREDENTIALS,
        LOCKED
    }

    public boolean signedIn() {
        return status == Status.SIGNED_IN;
    }
}
