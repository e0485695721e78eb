package org.cofile.domain.cofiling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One security of a custodian's export, as read: several lots of the same security are combined into one line by
 * {@link #plus}. {@code dtcParticipant} is already in its four-digit form.
 */
public record HoldingLine(
        String ticker,
        BigDecimal shares,
        LocalDate heldSince,
        BigDecimal highestPrice,
        BigDecimal value,
        String custodian,
        String dtcParticipant) {

    /**
     * Two lots of one security at one custodian as one holding: all the shares, held since the later purchase — the
     * only day from which every share is known to have been held without a break — at the higher price, with the
     * values added.
     */
    public HoldingLine plus(HoldingLine other) {
        return new HoldingLine(
                ticker,
                shares.add(other.shares),
                heldSince.isAfter(other.heldSince) ? heldSince : other.heldSince,
                max(highestPrice, other.highestPrice),
                value == null || other.value == null ? null : value.add(other.value),
                custodian,
                dtcParticipant);
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        return a.max(b);
    }

    /** Whether both lots are with the same custodian, which one proof letter then covers. */
    public boolean sameCustodianAs(HoldingLine other) {
        return Objects.equals(custodian, other.custodian) && Objects.equals(dtcParticipant, other.dtcParticipant);
    }
}
