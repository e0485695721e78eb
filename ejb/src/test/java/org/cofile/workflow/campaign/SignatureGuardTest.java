package org.cofile.workflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.cofile.domain.campaign.HoldReason;
import org.cofile.workflow.shared.TooManyRequestsException;
import org.cofile.workflow.testing.MovableClock;
import org.junit.jupiter.api.Test;

class SignatureGuardTest {

    private static final long PETITION = 7;
    private static final String HOME = "198.51.100.7";

    private final MovableClock clock = new MovableClock();

    private SignatureGuard guard(int perPetitionPerSecond, Set<String> unlimited) {
        return new SignatureGuard(
                new SignatureGuard.Limits(
                        SignatureGuard.HOLD_AFTER_PER_ADDRESS,
                        SignatureGuard.REFUSE_AFTER_PER_ADDRESS,
                        SignatureGuard.ADDRESS_WINDOW,
                        perPetitionPerSecond,
                        unlimited),
                clock);
    }

    @Test
    void beyondTenAnHourFromOneAddressSignaturesAreHeldAndBeyondAHundredRefusedUntilTheHourIsOver() {
        var guard = guard(0, Set.of());
        for (int i = 0; i < SignatureGuard.HOLD_AFTER_PER_ADDRESS; i++) {
            assertThat(guard.admit(PETITION, HOME)).isEmpty();
        }
        assertThat(guard.admit(PETITION + 1, HOME)).as("across petitions").containsExactly(HoldReason.ADDRESS_RATE);
        assertThat(guard.admit(PETITION, "198.51.100.8")).as("another address").isEmpty();
        for (int i = SignatureGuard.HOLD_AFTER_PER_ADDRESS + 1; i < SignatureGuard.REFUSE_AFTER_PER_ADDRESS; i++) {
            guard.admit(PETITION, HOME);
        }
        clock.advance(Duration.ofMinutes(20));
        assertThatThrownBy(() -> guard.admit(PETITION, HOME))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds())
                        .isEqualTo(Duration.ofMinutes(40).toSeconds()));

        clock.advance(Duration.ofMinutes(40));
        assertThat(guard.admit(PETITION, HOME)).as("a new hour").isEmpty();
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64AndWhatIsNoAddressIsNotCounted() {
        var guard = guard(0, Set.of());
        for (int i = 0; i < SignatureGuard.HOLD_AFTER_PER_ADDRESS; i++) {
            guard.admit(PETITION, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(guard.admit(PETITION, "2001:db8:1:2:ffff::1")).containsExactly(HoldReason.ADDRESS_RATE);
        assertThat(guard.admit(PETITION, "2001:db8:1:3::1")).isEmpty();
        assertThat(SignatureGuard.networkOf("example.org"))
                .as("never a DNS look-up")
                .isNull();
        assertThat(SignatureGuard.networkOf(null)).isNull();
    }

    @Test
    void aPetitionTakesItsRateASecondAndAsksTheRestToTryAgainInASecond() {
        var guard = guard(5, Set.of());
        for (int i = 0; i < 5; i++) {
            guard.admit(PETITION, "203.0.113." + i);
        }
        assertThatThrownBy(() -> guard.admit(PETITION, "203.0.113.9"))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds())
                        .isEqualTo(1));
        assertThat(guard.admit(PETITION + 1, "203.0.113.9"))
                .as("another petition")
                .isEmpty();
        clock.advance(Duration.ofMillis(200));
        assertThat(guard.admit(PETITION, "203.0.113.9"))
                .as("a fifth of a second refills one")
                .isEmpty();
        assertThatThrownBy(() -> guard.admit(PETITION, "203.0.113.10")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void anUnlimitedAddressIsNeverHeldNorRefused() {
        var guard = guard(0, Set.of("192.0.2.1"));
        for (int i = 0; i < SignatureGuard.REFUSE_AFTER_PER_ADDRESS * 2; i++) {
            assertThat(guard.admit(PETITION, "192.0.2.1")).isEmpty();
        }
    }
}
