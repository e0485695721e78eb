package org.cofile.workflow.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cofile.domain.notification.OutgoingMail;
import org.cofile.workflow.shared.Settings;

/**
 * Sends the outbox's mail: woken after every commit that queued some, and every {@link #RETRY_SECONDS} for retries
 * and for what a restart left behind. Wake-ups while it sends are folded into one further run, so a surge of
 * signatures makes a few long runs over a few SMTP connections rather than one connection per mail: {@link #SENDERS}
 * senders, each with its lane of the table. On a cluster each node drains the same table; the batch's row locks keep
 * two nodes from sending one mail twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    /** How often due retries are looked for without a wake-up. */
    static final long RETRY_SECONDS = 15;

    @Resource
    private TimerService timers;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private MailOutboxBatch batch;

    /** Senders side by side, each over its own SMTP connection and its own lane of the outbox (COFILE_MAIL_SENDERS). */
    static final int SENDERS =
            Math.min(OutgoingMail.LANES, Math.max(1, Integer.parseInt(Settings.of("COFILE_MAIL_SENDERS", "4"))));

    private final AtomicBoolean[] wakeQueued = new AtomicBoolean[SENDERS];
    private final ReentrantLock[] sending = new ReentrantLock[SENDERS];

    {
        for (int lane = 0; lane < SENDERS; lane++) {
            wakeQueued[lane] = new AtomicBoolean();
            sending[lane] = new ReentrantLock();
        }
    }

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(RETRY_SECONDS * 1000, RETRY_SECONDS * 1000, new TimerConfig("mail outbox", false));
    }

    @Timeout
    void retry() {
        wake();
    }

    /** Asks each sender for a run soon; returns at once. */
    public void wake() {
        for (int lane = 0; lane < SENDERS; lane++) {
            if (wakeQueued[lane].compareAndSet(false, true)) {
                int mine = lane;
                executor.execute(() -> drain(mine));
            }
        }
    }

    private void drain(int lane) {
        sending[lane].lock();
        try {
            wakeQueued[lane].set(false);
            while (batch.sendDue(lane, SENDERS) == MailOutboxBatch.SIZE) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail outbox could not be drained; it is tried again shortly", e);
        } finally {
            sending[lane].unlock();
        }
    }
}
