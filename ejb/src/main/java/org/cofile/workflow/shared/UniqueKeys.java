package org.cofile.workflow.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.cofile.domain.shared.ConflictException;

/**
 * The database's unique constraints are the second guard against duplicates, after the service's own look-up: two
 * requests can pass the look-up at the same moment, and then the constraint decides.
 */
public final class UniqueKeys {

    /** SQLSTATE class 23: integrity constraint violation, on H2 and MySQL alike. */
    private static final String INTEGRITY_VIOLATION_CLASS = "23";

    private UniqueKeys() {}

    /**
     * Writes what the persistence context holds now, so that a duplicate which raced past the caller's look-up is
     * answered as the conflict it is ({@code field} and {@code message} say which) rather than as a server failure.
     */
    public static void flush(EntityManager em, String field, String message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violatedBy(e)) {
                throw new ConflictException(field, message);
            }
            throw e;
        }
    }

    public static boolean violatedBy(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_VIOLATION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
