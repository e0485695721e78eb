package org.cofile.domain.campaign;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the petition page's form tells of who filled it: whether the hidden field (a honeypot, which people do not see)
 * came back filled, and how long after the page was shown the form was sent. The API has no such traces; it is
 * guarded by the rate limits, the block list and the mailed confirmation alone.
 *
 * @param fillTime {@code null} when unknown
 */
public record FormTraces(boolean honeypotFilled, Duration fillTime) {

    /** Faster than this, no person has read the page and typed a name, an address and a postcode. */
    public static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);

    /** No traces: a request through the API. */
    public static final FormTraces NONE = new FormTraces(false, null);

    public Set<HoldReason> suspicions() {
        var reasons = EnumSet.noneOf(HoldReason.class);
        if (honeypotFilled) {
            reasons.add(HoldReason.HONEYPOT);
        }
        if (fillTime != null && fillTime.compareTo(MIN_FILL_TIME) < 0) {
            reasons.add(HoldReason.FILLED_TOO_FAST);
        }
        return reasons;
    }
}
