package org.cofile.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;

/** Runs code inside the container as a given member, the way a signed-in request would reach the services. */
final class SignedIn {

    private SignedIn() {}

    static <T> T as(String email, Callable<T> work) throws Exception {
        var identity = SecurityDomain.getCurrent().createAdHocIdentity(email);
        return identity.runAs(work);
    }

    static void as(String email, ThrowingRunnable work) throws Exception {
        as(email, () -> {
            work.run();
            return null;
        });
    }

    /** A piece of test code that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
