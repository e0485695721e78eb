package org.cofile.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cofile.workflow.shared.Settings;

/**
 * The address of the client a request came from, for the rate limits. Behind a reverse proxy every request comes from
 * the proxy; the proxies named in {@code COFILE_TRUSTED_PROXIES} (comma-separated addresses) are believed about the
 * client in {@code X-Forwarded-For}, read from the right past the trusted ones. No other sender is believed: a header
 * a client sets itself would let it pick its own address.
 */
public final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    private static final Set<String> TRUSTED_PROXIES = Arrays.stream(
                    Settings.of("COFILE_TRUSTED_PROXIES", "").split(","))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED_PROXIES);
    }

    static String of(String remote, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        var hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].strip();
            if (!IP_LITERAL.matcher(hop).matches()) {
                return remote; // a hop we cannot read: believe no one further left
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
