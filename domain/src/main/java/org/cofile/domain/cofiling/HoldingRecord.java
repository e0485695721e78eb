package org.cofile.domain.cofiling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a co-filer states about its holding and its offer to meet the company, as entered; {@link CoFiler#record}
 * checks it. Either {@code highestPrice} (per share, in the 60 days before submission) or {@code value} is given.
 *
 * @param proofCoversThrough the last day of holding that the proof letter confirms
 * @param representative who files on its behalf, or {@code null}
 */
public record HoldingRecord(
        BigDecimal shares,
        LocalDate heldSince,
        BigDecimal highestPrice,
        BigDecimal value,
        String custodian,
        String dtcParticipant,
        LocalDate proofCoversThrough,
        boolean intendsToHold,
        List<Availability> availability,
        String contact,
        Proponent representative) {

    public HoldingRecord {
        availability = availability == null ? List.of() : List.copyOf(availability);
    }
}
