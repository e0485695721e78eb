package org.cofile.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.Money;

/**
 * One lot of voting shares held continuously by one holder since a date. A holder may have several lots; holdings of
 * different {@code holderId}s in one query ask for aggregation, which only some rule sets allow.
 *
 * @param holderId who holds the lot (the proponent or a co-requesting member)
 * @param shares number of voting shares, not negative
 * @param heldSince first day of continuous holding
 * @param highestPriceInWindow highest selling price per share in the valuation window, if known
 * @param value market value of the lot, if known; used instead of {@code shares × highestPriceInWindow}
 * @param paidUp sum paid up on the holder's shares (UK s338 member limb), if known
 */
public record Holding(
        String holderId,
        BigDecimal shares,
        LocalDate heldSince,
        Money highestPriceInWindow,
        Money value,
        Money paidUp) {

    public Holding {
        Checks.notBlank(holderId, "holderId");
        Bounds.decimal(Checks.notNegative(shares, "shares"), "shares");
        Bounds.date(Checks.notNull(heldSince, "heldSince"), "heldSince");
    }

    public static Holding atPrice(String holderId, BigDecimal shares, LocalDate heldSince, Money highestPrice) {
        return new Holding(
                holderId, shares, heldSince, Checks.notNull(highestPrice, "highestPriceInWindow"), null, null);
    }

    public static Holding ofValue(String holderId, BigDecimal shares, LocalDate heldSince, Money value) {
        return new Holding(holderId, shares, heldSince, null, Checks.notNull(value, "value"), null);
    }

    public static Holding withPaidUp(String holderId, BigDecimal shares, LocalDate heldSince, Money paidUp) {
        return new Holding(holderId, shares, heldSince, null, null, Checks.notNull(paidUp, "paidUp"));
    }

    /** The lot's market value: {@code value} if given, else shares × highest price; {@code null} when neither is. */
    public Money marketValue() {
        if (value != null) {
            return value;
        }
        return highestPriceInWindow == null ? null : highestPriceInWindow.times(shares);
    }

    /** Whether the lot has been held for at least {@code years} years through {@code date}. */
    public boolean heldForYearsThrough(int years, LocalDate date) {
        return HoldingPeriod.heldAtLeastYears(heldSince, date, years);
    }
}
