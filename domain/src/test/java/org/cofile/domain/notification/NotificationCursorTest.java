package org.cofile.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NotificationCursorTest {

    @Test
    void theDigestGoesOnceADayFromItsHour() {
        var cursor = new NotificationCursor(0);
        assertThat(cursor.isDigestDue(Instant.parse("2026-11-22T06:59:59Z"), 7)).isFalse();
        assertThat(cursor.isDigestDue(Instant.parse("2026-11-22T07:00:00Z"), 7)).isTrue();
        cursor.digestSent(LocalDate.of(2026, 11, 22));
        assertThat(cursor.isDigestDue(Instant.parse("2026-11-22T23:00:00Z"), 7)).isFalse();
        assertThat(cursor.isDigestDue(Instant.parse("2026-11-23T06:00:00Z"), 7)).isFalse();
        assertThat(cursor.isDigestDue(Instant.parse("2026-11-23T08:00:00Z"), 7)).isTrue();
    }

    @Test
    void theCursorNeverGoesBack() {
        var cursor = new NotificationCursor(40);
        cursor.advanceTo(39);
        assertThat(cursor.getLastEventId()).isEqualTo(40);
        cursor.advanceTo(41);
        assertThat(cursor.getLastEventId()).isEqualTo(41);
    }
}
