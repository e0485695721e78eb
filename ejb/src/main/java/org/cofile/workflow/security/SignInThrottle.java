package org.cofile.workflow.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without locking anyone out. Failed sign-ins are counted twice: per client address and
 * per account name as typed (whether or not such an account exists, so that the answer never tells). A few failures
 * are free; after them every further attempt must wait, and the wait doubles with each failure up to {@link
 * Policy#maxDelay()}. While a key must wait, its attempts are answered "try again in n seconds" without the password
 * being looked at. A success forgets the account's failures (not the address's: one account of one's own must not
 * buy guesses at others). Counts are forgotten after a quiet {@link Policy#forgetAfter()}.
 *
 * <p>The counts live in this server's memory: on a cluster each node counts its own, which weakens the limit by the
 * number of nodes without breaking it; a shared cache is the place for them then.
 */
@ApplicationScoped
public class SignInThrottle {

    /** How many failures are free, how the wait grows after them, and when failures are forgotten. */
    public record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

        /** The wait after {@code failures} failures in a row. */
        Duration delayAfter(int failures) {
            if (failures <= freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures - 1, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /** Per account: five free failures, then 1 s, 2 s, 4 s … at most 15 minutes. */
    public static final Policy PER_ACCOUNT =
            new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24));

    /** Per address: more room, as several people may share one (an office, a proxy). */
    public static final Policy PER_ADDRESS =
            new Policy(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24));

    /**
     * The system property that sets {@link #PER_ADDRESS}'s free failures: behind a proxy that does not pass the
     * client's address on, or on a test server whose every client is 127.0.0.1, all attempts share one address.
     */
    public static final String FREE_FAILURES_PER_ADDRESS = "cofile.sign-in.free-failures-per-address";

    /** Beyond this many keys, forgotten ones are swept out, so a flood of made-up names cannot fill the memory. */
    static final int SWEEP_ABOVE = 100_000;

    private record Failures(int count, Instant last) {}

    private final Policy perAccount;
    private final Policy perAddress;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public SignInThrottle() {
        this(PER_ACCOUNT, perAddressConfigured(), Clock.systemUTC());
    }

    public SignInThrottle(Policy perAccount, Policy perAddress, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** How long the attempt must wait before it may be tried, if at all. */
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration wait = longest(
                remaining(accounts.get(key(account)), perAccount, now),
                remaining(address == null ? null : addresses.get(address), perAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        count(accounts, key(account), perAccount, now);
        count(addresses, address, perAddress, now);
    }

    public void succeeded(String account) {
        accounts.remove(key(account));
    }

    private static Policy perAddressConfigured() {
        int free = Integer.getInteger(FREE_FAILURES_PER_ADDRESS, PER_ADDRESS.freeFailures());
        return new Policy(free, PER_ADDRESS.firstDelay(), PER_ADDRESS.maxDelay(), PER_ADDRESS.forgetAfter());
    }

    private static Duration remaining(Failures failures, Policy policy, Instant now) {
        if (failures == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(policy.delayAfter(failures.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void count(Map<String, Failures> counts, String key, Policy policy, Instant now) {
        if (key == null) {
            return;
        }
        counts.compute(
                key,
                (k, before) -> before == null || forgotten(before, policy, now)
                        ? new Failures(1, now)
                        : new Failures(before.count() + 1, now));
        if (counts.size() > SWEEP_ABOVE) {
            counts.values().removeIf(f -> forgotten(f, policy, now));
        }
    }

    private static boolean forgotten(Failures failures, Policy policy, Instant now) {
        return failures.last().plus(policy.forgetAfter()).isBefore(now);
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String account) {
        return account == null ? null : account.strip().toLowerCase(Locale.ROOT);
    }
}
