package org.cofile.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void thresholdIsComparedExactlyNotAfterRounding() {
        Percentage five = Percentage.of("5");
        assertThat(five.isReachedBy(new BigDecimal("4996"), new BigDecimal("100000")))
                .isFalse();
        assertThat(five.isReachedBy(new BigDecimal("5000"), new BigDecimal("100000")))
                .isTrue();
        assertThat(Percentage.ratio(new BigDecimal("4996"), new BigDecimal("100000"), 2))
                .isEqualTo(Percentage.of("5.00"));
    }

    @Test
    void showsAtLeastTwoDecimals() {
        assertThat(Percentage.of("5")).hasToString("5.00%");
        assertThat(Percentage.of("2.5")).hasToString("2.50%");
        assertThat(Percentage.of("4.9960")).hasToString("4.996%");
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> Percentage.of("100.01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Percentage.of("-1")).hasMessageStartingWith("percentage ");
        assertThatThrownBy(() -> Percentage.ratio(BigDecimal.ONE, BigDecimal.ZERO, 2))
                .hasMessageStartingWith("whole ");
    }

    @Test
    void equalityIgnoresScale() {
        assertThat(Percentage.of("5")).isEqualTo(Percentage.of("5.000"));
        assertThat(Percentage.of("5")).hasSameHashCodeAs(Percentage.of("5.000"));
    }
}
