package org.cofile.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cofile.workflow.testing.MovableClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String OWNER = "owner@example.org";
    private static final String HOME = "198.51.100.7";
    private static final String ATTACKER = "203.0.113.66";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle =
            new SignInThrottle(SignInThrottle.PER_ACCOUNT, SignInThrottle.PER_ADDRESS, clock);

    @Test
    void fiveFailuresAreFreeAndTheSixthAttemptWaitsASecond() {
        failTimes(5, OWNER, ATTACKER);
        assertThat(throttle.waitBefore(OWNER, ATTACKER)).isEmpty();

        throttle.failed(OWNER, ATTACKER);

        assertThat(throttle.waitBefore(OWNER, ATTACKER)).contains(Duration.ofSeconds(1));
    }

    @Test
    void theWaitDoublesWithEveryFailureUpToFifteenMinutes() {
        failTimes(8, OWNER, ATTACKER);
        assertThat(throttle.waitBefore(OWNER, ATTACKER)).contains(Duration.ofSeconds(4));

        failTimes(30, OWNER, ATTACKER);
        assertThat(throttle.waitBefore(OWNER, ATTACKER)).contains(Duration.ofMinutes(15));
    }

    @Test
    void theWaitRunsOutWithTime() {
        failTimes(6, OWNER, ATTACKER);

        clock.advance(Duration.ofMillis(999));
        assertThat(throttle.waitBefore(OWNER, ATTACKER)).contains(Duration.ofMillis(1));
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.waitBefore(OWNER, ATTACKER)).isEmpty();
    }

    @Test
    void anUnknownAccountIsThrottledExactlyLikeAKnownOne() {
        failTimes(6, "nobody@example.org", ATTACKER);
        failTimes(6, OWNER, "192.0.2.1");

        assertThat(throttle.waitBefore("nobody@example.org", HOME)).isEqualTo(throttle.waitBefore(OWNER, HOME));
    }

    @Test
    void theAccountNameIsCountedWithoutRegardToCaseOrBlanks() {
        failTimes(6, " Owner@Example.ORG ", ATTACKER);

        assertThat(throttle.waitBefore(OWNER, HOME)).isPresent();
    }

    @Test
    void anAddressGuessingAtManyAccountsIsSlowedAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("victim" + i + "@example.org", ATTACKER);
        }
        assertThat(throttle.waitBefore("next@example.org", ATTACKER)).isEmpty();

        throttle.failed("victim20@example.org", ATTACKER);

        assertThat(throttle.waitBefore("next@example.org", ATTACKER)).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("next@example.org", HOME)).isEmpty();
    }

    @Test
    void successForgetsTheAccountsFailuresButNotTheAddresss() {
        failTimes(21, OWNER, ATTACKER);

        throttle.succeeded(OWNER);

        assertThat(throttle.waitBefore(OWNER, HOME)).isEmpty();
        assertThat(throttle.waitBefore("other@example.org", ATTACKER)).isPresent();
    }

    @Test
    void failuresAreForgottenAfterADayOfQuiet() {
        failTimes(10, OWNER, ATTACKER);
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        throttle.failed(OWNER, ATTACKER);

        assertThat(throttle.waitBefore(OWNER, ATTACKER)).isEmpty();
    }

    private void failTimes(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }
}
