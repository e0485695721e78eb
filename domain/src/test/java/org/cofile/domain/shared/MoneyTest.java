package org.cofile.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void equalityIgnoresTrailingZeros() {
        assertThat(Money.usd("2000")).isEqualTo(Money.usd("2000.00"));
        assertThat(Money.usd("2000")).hasSameHashCodeAs(Money.usd("2000.00"));
        assertThat(Money.usd("2000")).isNotEqualTo(Money.of("2000", "CAD"));
    }

    @Test
    void formatsWithSymbolTwoDecimalsAndThousands() {
        assertThat(Money.usd("2150")).hasToString("$2,150.00");
        assertThat(Money.gbp("99.995")).hasToString("£100.00");
        assertThat(Money.eur("500000")).hasToString("€500,000.00");
        assertThat(Money.cad("2000")).hasToString("CAD 2,000.00");
        assertThat(Money.usd("0.005")).hasToString("$0.01");
        assertThat(Money.usd("123")).hasToString("$123.00");
        assertThat(Money.usd("1234567.891")).hasToString("$1,234,567.89");
    }

    @Test
    void negativeAmountIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Money.usd("-0.01"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("amount ")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("amount");
    }

    @Test
    void badCurrencyCodeIsRefused() {
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "usd"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("currency ");
    }

    @Test
    void addingDifferentCurrenciesIsRefused() {
        assertThatThrownBy(() -> Money.usd("1").plus(Money.eur("1"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void arithmeticAndComparison() {
        assertThat(Money.usd("20").times(new BigDecimal("100"))).isEqualTo(Money.usd("2000"));
        assertThat(Money.usd("1999.99").isAtLeast(Money.usd("2000"))).isFalse();
        assertThat(Money.usd("2000.00").isAtLeast(Money.usd("2000"))).isTrue();
        assertThat(Money.gbp("10000").dividedBy(100)).isEqualTo(Money.gbp("100"));
    }
}
