package org.cofile.it;

import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** Set-up inside the server that writes entities directly, in one transaction of its own. */
final class Transactions {

    private Transactions() {}

    static <T> T in(UserTransaction transaction, Callable<T> work) throws Exception {
        transaction.begin();
        try {
            var result = work.call();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }
}
