package org.cofile.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

    @Test
    void aTrustedProxyIsBelievedAboutTheClientReadFromTheRightPastTheTrustedHops() {
        assertThat(ClientAddress.of("10.0.0.1", "198.51.100.7", PROXIES)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.1", "203.0.113.9, 198.51.100.7, 10.0.0.2", PROXIES))
                .as("the leftmost is what the client claims; the first untrusted hop from the right is who came")
                .isEqualTo("198.51.100.7");
    }

    @Test
    void noOneElseIsBelievedNorAHeaderThatIsNoAddress() {
        assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", PROXIES)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.1", "evil.example, 10.0.0.2", PROXIES))
                .isEqualTo("10.0.0.1");
        assertThat(ClientAddress.of("10.0.0.1", null, PROXIES)).isEqualTo("10.0.0.1");
    }
}
