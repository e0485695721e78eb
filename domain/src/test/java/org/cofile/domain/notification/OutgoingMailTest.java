package org.cofile.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
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

    @Test
    void oneRecipientsMailKeepsToOneLaneAndRecipientsSpreadOverTheLanes() {
        var first = new OutgoingMail("Jane.Doe@example.org", "Confirm", "First link", NOW);
        var second = new OutgoingMail(" jane.doe@example.org", "Confirm", "Second link", NOW);
        assertThat(second.getLane()).isEqualTo(first.getLane());
        var lanes = new HashSet<Integer>();
        for (int i = 0; i < 1_000; i++) {
            var lane = new OutgoingMail("signer-" + i + "@example.org", "Confirm", "Link", NOW).getLane();
            assertThat(lane).isBetween(0, OutgoingMail.LANES - 1);
            lanes.add(lane);
        }
        assertThat(lanes).hasSize(OutgoingMail.LANES);
    }
}
