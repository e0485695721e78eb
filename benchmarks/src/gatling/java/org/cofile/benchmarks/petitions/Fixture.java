package org.cofile.benchmarks.petitions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The benchmark's own rows, written straight to the database before the load starts: a campaign of the demo
 * coalition with two petitions, one signed through the EAR and one filled by plain inserts for comparison.
 */
final class Fixture {

    final long signedPetition;
    final long insertedPetition;

    private Fixture(long signedPetition, long insertedPetition) {
        this.signedPetition = signedPetition;
        this.insertedPetition = insertedPetition;
    }

    static Connection connect(Settings settings) throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    static Fixture create(Settings settings) throws SQLException {
        try (var db = connect(settings)) {
            long coalition;
            try (var st = db.prepareStatement("SELECT id FROM coalition ORDER BY id LIMIT 1");
                    var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No coalition: start the EAR with COFILE_DEMO_DATA=true");
                }
                coalition = rs.getLong(1);
            }
            var now = Timestamp.from(Instant.now());
            long campaign = insert(
                    db,
                    "INSERT INTO campaign (version, coalition_id, title, goal, created_at) VALUES (1, " + coalition
                            + ", 'Benchmark campaign', 'Load', ?)",
                    now);
            long signed = petition(db, campaign, "Benchmark petition, signed through the EAR", now);
            long inserted = petition(db, campaign, "Benchmark petition, plain inserts", now);
            return new Fixture(signed, inserted);
        }
    }

    private static long petition(Connection db, long campaign, String title, Timestamp now) throws SQLException {
        long id = insert(
                db,
                "INSERT INTO petition (version, campaign_id, title, petition_text, created_at) VALUES (1, " + campaign
                        + ", '" + title + "', 'Stop selling face surveillance to governments.', ?)",
                now);
        try (var st = db.prepareStatement(
                "INSERT INTO petition_count_shard (version, petition_id, shard, confirmed) VALUES (1, ?, ?, 0)")) {
            for (int shard = 0; shard < 16; shard++) {
                st.setLong(1, id);
                st.setInt(2, shard);
                st.addBatch();
            }
            st.executeBatch();
        }
        return id;
    }

    private static long insert(Connection db, String sql, Timestamp now) throws SQLException {
        try (var st = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.setTimestamp(1, now);
            st.executeUpdate();
            try (var keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
