package org.cofile.domain.cofiling;

import java.util.regex.Pattern;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The number under which a bank or broker takes part in the Depository Trust Company. Staff treat a DTC participant (or
 * its affiliate) as the record holder whose letter proves ownership (SLB 14F, 14G). The DTC lists participants with
 * numbers of up to four digits, written with leading zeros ({@code 0226}); only the form can be checked here.
 */
public record DtcParticipant(String number) {

    private static final Pattern FORM = Pattern.compile("\\d{1,4}");

    public DtcParticipant {
        if (number == null || !FORM.matcher(number.strip()).matches() || Integer.parseInt(number.strip()) == 0) {
            throw new InvalidInputException(
                    "dtcParticipant",
                    "A DTC participant number has one to four digits, such as 0226; ask the custodian for it.");
        }
        number = String.format("%04d", Integer.parseInt(number.strip()));
    }

    @Override
    public String toString() {
        return number;
    }
}
