package org.cofile.workflow.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cofile.domain.campaign.HoldReason;
import org.cofile.workflow.shared.Settings;
import org.cofile.workflow.shared.TooManyRequestsException;

/**
 * The rate limits on signing. Per client address: a few signatures an hour are what people behind one address sign
 * (a household, an office); beyond {@link Limits#holdAfterPerAddress()} they are held aside for review, beyond {@link
 * Limits#refuseAfterPerAddress()} refused until the hour is over. Per petition: at most {@link
 * Limits#perPetitionPerSecond()} signing requests a second are taken, the rest asked to try again in a second, so
 * that a surge slows down instead of bringing the server down (the UK Parliament's site fell over at 1,500 a minute
 * in March 2019). IPv6 clients are counted by their /64, which one household or device holds whole.
 *
 * <p>The counts live in this server's memory: on a cluster each node counts its own, which loosens the limits by the
 * number of nodes without lifting them; a shared cache is the place for them then.
 */
@ApplicationScoped
public class SignatureGuard {

    /**
     * The limits; {@code perPetitionPerSecond} 0 lifts the petition's; addresses in {@code unlimitedAddresses} (a
     * campaign's own kiosk, a load test's client) are not counted.
     */
    public record Limits(
            int holdAfterPerAddress,
            int refuseAfterPerAddress,
            Duration addressWindow,
            int perPetitionPerSecond,
            Set<String> unlimitedAddresses) {}

    /** Signatures from one address in one window before the next are held aside. */
    public static final int HOLD_AFTER_PER_ADDRESS = 10;

    /** Signing requests from one address in one window before the next are refused. */
    public static final int REFUSE_AFTER_PER_ADDRESS = 100;

    /** The window the per-address counts run over. */
    public static final Duration ADDRESS_WINDOW = Duration.ofHours(1);

    /** Signing requests a petition takes per second. */
    public static final int PER_PETITION_PER_SECOND = 500;

    /** Beyond this many addresses, windows that are over are swept out, so a flood cannot fill the memory. */
    static final int SWEEP_ABOVE = 100_000;

    private static final Pattern IP_LITERAL = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    private record Window(Instant start, int count) {}

    private record Bucket(double tokens, long atMillis, boolean granted) {}

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Window> addresses = new ConcurrentHashMap<>();
    private final Map<Long, Bucket> petitions = new ConcurrentHashMap<>();

    public SignatureGuard() {
        this(configured(), Clock.systemUTC());
    }

    public SignatureGuard(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Lets a signing request through, holding it aside when its address has signed much ({@link
     * HoldReason#ADDRESS_RATE}), or refuses it before anything is saved.
     */
    public Set<HoldReason> admit(long petitionId, String clientAddress) {
        var now = clock.instant();
        takeFromPetition(petitionId);
        var address = networkOf(clientAddress);
        if (address == null || limits.unlimitedAddresses().contains(clientAddress)) {
            return Set.of();
        }
        var window = addresses.compute(
                address,
                (key, before) -> before == null || !now.isBefore(before.start().plus(limits.addressWindow()))
                        ? new Window(now, 1)
                        : new Window(before.start(), before.count() + 1));
        if (addresses.size() > SWEEP_ABOVE) {
            addresses.values().removeIf(w -> !now.isBefore(w.start().plus(limits.addressWindow())));
        }
        if (window.count() > limits.refuseAfterPerAddress()) {
            throw new TooManyRequestsException(
                    "Too many signatures came from your network address; try again later.",
                    Duration.between(now, window.start().plus(limits.addressWindow())));
        }
        return window.count() > limits.holdAfterPerAddress() ? Set.of(HoldReason.ADDRESS_RATE) : Set.of();
    }

    /** A token bucket per petition holding one second's worth of requests. */
    private void takeFromPetition(long petitionId) {
        int rate = limits.perPetitionPerSecond();
        if (rate <= 0) {
            return;
        }
        long millis = clock.millis();
        var bucket = petitions.compute(petitionId, (id, before) -> {
            double tokens =
                    before == null ? rate : Math.min(rate, before.tokens() + (millis - before.atMillis()) * rate / 1e3);
            return tokens >= 1 ? new Bucket(tokens - 1, millis, true) : new Bucket(tokens, millis, false);
        });
        if (!bucket.granted()) {
            throw new TooManyRequestsException(
                    "Many people are signing this petition right now; please try again in a moment.",
                    Duration.ofSeconds(1));
        }
    }

    /** The key an address is counted under, or {@code null} when it is no IP literal (then it is not counted). */
    static String networkOf(String clientAddress) {
        if (clientAddress == null || !IP_LITERAL.matcher(clientAddress).matches()) {
            return null;
        }
        try {
            // A literal only (the pattern above admits no host name), so this never asks DNS.
            var bytes = InetAddress.getByName(clientAddress).getAddress();
            if (bytes.length == 16) {
                return InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16))
                                .getHostAddress()
                        + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Limits configured() {
        return new Limits(
                Integer.parseInt(
                        Settings.of("COFILE_PETITION_HOLD_AFTER_PER_ADDRESS", String.valueOf(HOLD_AFTER_PER_ADDRESS))),
                Integer.parseInt(Settings.of(
                        "COFILE_PETITION_REFUSE_AFTER_PER_ADDRESS", String.valueOf(REFUSE_AFTER_PER_ADDRESS))),
                ADDRESS_WINDOW,
                Integer.parseInt(
                        Settings.of("COFILE_PETITION_SIGNATURES_PER_SECOND", String.valueOf(PER_PETITION_PER_SECOND))),
                Arrays.stream(Settings.of("COFILE_PETITION_UNLIMITED_ADDRESSES", "")
                                .split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
