package org.cofile.web.rest.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/** How the API writes figures: money as decimal strings with two decimals, percentages with at least two. */
final class Decimals {

    private Decimals() {}

    static String money(Money money) {
        return money == null
                ? null
                : money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** {@code 5} becomes {@code 5.00}; {@code 4.9960} stays. */
    static BigDecimal percent(BigDecimal value) {
        return value == null ? null : value.setScale(Math.max(2, value.scale()), RoundingMode.UNNECESSARY);
    }

    static BigDecimal percent(Percentage value) {
        return value == null ? null : percent(value.value());
    }
}
