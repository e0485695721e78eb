package org.cofile.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A non-negative amount of money in one ISO 4217 currency. Equality ignores trailing zeros: USD 2000 equals USD
 * 2000.00.
 */
public final class Money implements Comparable<Money> {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "GBP", "£", "EUR", "€");

    private final BigDecimal amount;
    private final String currency;

    /** An amount as given: within {@link Bounds}, so that no input can make the arithmetic below explode. */
    public Money(BigDecimal amount, String currency) {
        this(currency, Bounds.decimal(amount, "amount"));
    }

    /** A computed amount (a sum, a product of bounded amounts), which may outgrow the bounds of an input. */
    private Money(String currency, BigDecimal amount) {
        this.amount = Checks.notNegative(amount, "amount");
        Checks.notNull(currency, "currency");
        if (!CURRENCY_CODE.matcher(currency).matches()) {
            throw new InvalidInputException(
                    "currency", "must be a three-letter ISO 4217 code (was '" + Bounds.excerpt(currency) + "')");
        }
        this.currency = currency;
    }

    public static Money of(String amount, String currency) {
        return new Money(Bounds.parseDecimal(Checks.notNull(amount, "amount"), "amount"), currency);
    }

    public static Money usd(String amount) {
        return of(amount, "USD");
    }

    public static Money gbp(String amount) {
        return of(amount, "GBP");
    }

    public static Money cad(String amount) {
        return of(amount, "CAD");
    }

    public static Money eur(String amount) {
        return of(amount, "EUR");
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return computed(amount.add(other.amount));
    }

    public Money times(BigDecimal factor) {
        return computed(amount.multiply(Checks.notNegative(factor, "factor")));
    }

    public Money dividedBy(long divisor) {
        if (divisor <= 0) {
            throw new InvalidInputException("divisor", "must be positive (was " + divisor + ")");
        }
        return computed(amount.divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP));
    }

    private Money computed(BigDecimal result) {
        return new Money(currency, result);
    }

    public boolean isAtLeast(Money other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new InvalidInputException(
                    "currency", "must be " + currency + " to combine with " + this + " (was " + other.currency + ")");
        }
    }

    /** Two decimals, HALF_UP, thousands separated, with a symbol for USD, GBP and EUR: {@code $2,150.00}. */
    @Override
    public String toString() {
        // Formatted by hand: DecimalFormat is not thread-safe and costly to create on every verdict.
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        int dot = plain.indexOf('.');
        String symbol = SYMBOLS.get(currency);
        StringBuilder out = new StringBuilder(plain.length() + 8).append(symbol != null ? symbol : currency + " ");
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, dot, plain.length()).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }
}
