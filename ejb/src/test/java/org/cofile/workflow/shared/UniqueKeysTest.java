package org.cofile.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {

    @Test
    void aDuplicateKeyDeepInTheCausesIsAViolation() {
        // MySQL reports a duplicate key as SQLSTATE 23000, H2 as 23505.
        var mysql = new PersistenceException(
                new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23000")));
        var h2 = new PersistenceException(new SQLException("Unique index or primary key violation", "23505"));

        assertThat(UniqueKeys.violatedBy(mysql)).isTrue();
        assertThat(UniqueKeys.violatedBy(h2)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        var lostConnection = new PersistenceException(new SQLException("Connection refused", "08001"));

        assertThat(UniqueKeys.violatedBy(lostConnection)).isFalse();
        assertThat(UniqueKeys.violatedBy(new PersistenceException("no cause"))).isFalse();
    }
}
