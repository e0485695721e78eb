package org.cofile.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aFailedMailIsTriedAgainLessAndLessOftenAndGivenUpAfterTheLastAttempt() {
        var mail = new OutgoingMail("jane@example.org", "Confirm your signature", "text", NOW);
        for (int attempt = 1; attempt < OutgoingMail.ATTEMPTS_MAX; attempt++) {
            assertThat(mail.failed(NOW)).as("attempt %d", attempt).isTrue();
        }
        assertThat(mail.getAttempts()).isEqualTo(OutgoingMail.ATTEMPTS_MAX - 1);
        assertThat(mail.failed(NOW)).as("the last attempt").isFalse();
    }
}
