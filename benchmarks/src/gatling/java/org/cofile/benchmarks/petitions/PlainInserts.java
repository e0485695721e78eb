package org.cofile.benchmarks.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The yardstick: rows inserted into the same signature table by plain JDBC, one transaction per row as each signature
 * is, with nothing else done — no validation, no mail, no confirmation — by as many connections at once as the EAR
 * can use ({@link #EAR_POOL}, its datasource's max-pool-size) or the benchmark's concurrency if that is lower.
 */
final class PlainInserts {

    /** The EAR's connection pool (ear/src/main/wildfly/configure.cli): its own concurrency towards the database. */
    static final int EAR_POOL = 40;

    private PlainInserts() {}

    static int connections(Settings settings) {
        return Math.min(settings.concurrency(), EAR_POOL);
    }

    /** Rows per second. */
    static double rate(Settings settings, long petition, int rows) throws Exception {
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(connections(settings));
        var tasks = new ArrayList<Callable<Void>>();
        for (int t = 0; t < connections(settings); t++) {
            tasks.add(() -> {
                var sha = MessageDigest.getInstance("SHA-256");
                try (var db = Fixture.connect(settings);
                        var st = db.prepareStatement("INSERT INTO signature (version, petition_id, name, email,"
                                + " email_key, postcode, country, contact_consent, sms_consent, status,"
                                + " confirm_token_hash, confirm_expires_at, confirmations_sent, erase_token_hash,"
                                + " shard, signed_at) VALUES (1, ?, 'Plain Insert', ?, ?, '94110', 'US', FALSE,"
                                + " FALSE, 'PENDING', ?, ?, 1, ?, ?, ?)")) {
                    db.setAutoCommit(true);
                    for (int i = next.getAndIncrement(); i < rows; i = next.getAndIncrement()) {
                        var email = "plain-" + i + "@bench.example";
                        var now = Timestamp.from(Instant.now());
                        st.setLong(1, petition);
                        st.setString(2, email);
                        st.setString(3, email);
                        st.setString(4, hash(sha, "confirm-" + petition + "-" + i));
                        st.setTimestamp(5, now);
                        st.setString(6, hash(sha, "erase-" + petition + "-" + i));
                        st.setInt(7, i % 16);
                        st.setTimestamp(8, now);
                        st.executeUpdate();
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        try {
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static String hash(MessageDigest sha, String text) {
        return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
