package org.cofile.domain.campaign;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A signer's mobile number as E.164 ({@code +14155550100}), whatever way it was typed: a number without a country
 * prefix is read as one of the signer's country. Stored so, it is found again when a text-message provider reports a
 * STOP from it, in the same form.
 */
public final class MobileNumber {

    /**
     * Replies that end text messages, as US carriers require them to be honoured (CTIA Messaging Principles and Best
     * Practices, opt-out keywords), read without regard to case or surrounding spaces and punctuation.
     */
    public static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private MobileNumber() {}

    /**
     * The number as E.164, or empty when it cannot be a phone number of that country (or of the country its {@code +}
     * prefix names). Only its length is checked against the country's plan, not whether the range is allocated: a
     * number the metadata does not know yet is still taken.
     */
    public static Optional<String> e164(String typed, String country) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            var number = NUMBERS.parse(typed.strip(), country == null ? "ZZ" : country.toUpperCase(Locale.ROOT));
            // A number that is whole only within its area (IS_POSSIBLE_LOCAL_ONLY) cannot be dialled from elsewhere.
            if (NUMBERS.isPossibleNumberWithReason(number) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
                return Optional.empty();
            }
            return Optional.of(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a reply asks for no more text messages. */
    public static boolean isStop(String reply) {
        if (reply == null) {
            return false;
        }
        var word = reply.strip().replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").toUpperCase(Locale.ROOT);
        return STOP_WORDS.contains(word);
    }
}
