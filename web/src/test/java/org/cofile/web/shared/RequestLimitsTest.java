package org.cofile.web.shared;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    @Test
    void depthCountsNestedArraysAndObjects() {
        assertThat(RequestLimits.depth("{\"holdings\":[{\"shares\":\"1\"}]}".getBytes(UTF_8)))
                .isEqualTo(3);
        assertThat(RequestLimits.depth("\"flat\"".getBytes(UTF_8))).isZero();
    }

    @Test
    void bracketsInsideStringsAndEscapedQuotesDoNotCount() {
        assertThat(RequestLimits.depth("{\"text\":\"[[[{{{ \\\" [[[\"}".getBytes(UTF_8)))
                .isEqualTo(1);
    }

    @Test
    void unclosedBracketsCountAsDeepAsTheyGo() {
        assertThat(RequestLimits.depth(("{\"a\":" + "[".repeat(5_000)).getBytes(UTF_8)))
                .isEqualTo(5_001)
                .isGreaterThan(RequestLimits.MAX_JSON_DEPTH);
    }
}
