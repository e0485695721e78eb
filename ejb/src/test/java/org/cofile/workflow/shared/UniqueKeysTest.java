package org.cofile.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.cofile.domain.shared.ConflictException;
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

    @Test
    void aDuplicateFoundAtFlushIsAConflictOnTheNamedField() {
        var em = failingFlush(new PersistenceException(new SQLException("duplicate", "23505")));

        assertThatThrownBy(() -> UniqueKeys.flush(em, "ticker", "taken"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("ticker");
                    assertThat(e.getMessage()).isEqualTo("taken");
                });
    }

    @Test
    void anyOtherFailureAtFlushIsPassedOn() {
        var lost = new PersistenceException(new SQLException("Connection refused", "08001"));

        assertThatThrownBy(() -> UniqueKeys.flush(failingFlush(lost), "ticker", "taken"))
                .isSameAs(lost);
    }

    /** An entity manager whose flush fails as given; nothing else is called. */
    private static EntityManager failingFlush(PersistenceException failure) {
        return (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("flush")) {
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
