package org.cofile.workflow.security;

import java.time.Duration;
import java.util.Set;

/** The result of a sign-in attempt. Wrong e-mail and wrong password are the same outcome, on purpose. */
public record SignInOutcome(Status status, String email, Set<String> groups, Duration retryAfter) {

    /** Why a sign-in succeeded or not. */
    public enum Status {
        SIGNED_IN,
        /** The e-mail is unknown or the password wrong: the two are never told apart. */
        INVALID_CREDENTIALS,
        /** Too many failures from this address or for this e-mail: try again after {@code retryAfter}. */
        THROTTLED
    }

    static SignInOutcome signedIn(String email, Set<String> groups) {
        return new SignInOutcome(Status.SIGNED_IN, email, groups, null);
    }

    static SignInOutcome invalid(String email) {
        return new SignInOutcome(Status.INVALID_CREDENTIALS, email, Set.of(), null);
    }

    static SignInOutcome throttled(String email, Duration retryAfter) {
        return new SignInOutcome(Status.THROTTLED, email, Set.of(), retryAfter);
    }

    public boolean signedIn() {
        return status == Status.SIGNED_IN;
    }
}
