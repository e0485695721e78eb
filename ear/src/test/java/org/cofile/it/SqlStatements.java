package org.cofile.it;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink executes on the calling thread while some work runs, for the tests that keep
 * a page's reads bounded whatever the amount of data behind it.
 */
final class SqlStatements {

    private SqlStatements() {}

    /** The statements some work executed, in order: their number is what a test bounds, their text says why. */
    record Executed(List<String> sql) {

        int count() {
            return sql.size();
        }

        @Override
        public String toString() {
            return sql.size() + " statements:\n" + String.join("\n", sql);
        }
    }

    private static final class Recorder extends SessionEventAdapter {
        private final Thread thread = Thread.currentThread();
        private final List<String> sql = new CopyOnWriteArrayList<>();

        @Override
        public void postExecuteCall(SessionEvent event) {
            if (Thread.currentThread() == thread) {
                sql.add(
                        event.getCall() instanceof DatabaseCall call
                                ? call.getSQLString()
                                : String.valueOf(event.getCall()));
            }
        }
    }

    /** The statements {@code work} executed. */
    static Executed of(EntityManagerFactory emf, Callable<?> work) throws Exception {
        var session = JpaHelper.getServerSession(emf);
        var recorder = new Recorder();
        session.getEventManager().addListener(recorder);
        try {
            work.call();
        } finally {
            session.getEventManager().removeListener(recorder);
        }
        return new Executed(List.copyOf(recorder.sql));
    }
}
