package org.cofile.domain.organization;

import java.util.Locale;
import java.util.Set;
import org.cofile.domain.shared.InvalidInputException;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters (NIST SP 800-63B asks for 8 at least and
 * recommends longer; a coalition's accounts hold other organizations' unfiled work), at most {@value #MAX_LENGTH}, and
 * none of the passwords that top breach lists, nor one of their stems followed by digits and symbols.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /** Stems of the passwords most often found in breach corpora, lower case. */
    private static final Set<String> COMMON_STEMS = Set.of(
            "password",
            "passw0rd",
            "p@ssword",
            "p@ssw0rd",
            "qwerty",
            "qwertyuiop",
            "qwertyuiopasdfgh",
            "asdfghjkl",
            "zxcvbnm",
            "iloveyou",
            "letmein",
            "welcome",
            "admin",
            "administrator",
            "abc",
            "abcdef",
            "abcdefghijkl",
            "monkey",
            "dragon",
            "football",
            "baseball",
            "sunshine",
            "princess",
            "shadow",
            "master",
            "superman",
            "trustno1",
            "starwars",
            "whatever",
            "freedom",
            "cofile",
            "changeme",
            "secret",
            "login",
            "hello",
            "charlie",
            "michael",
            "jennifer",
            "computer",
            "internet",
            "solarwinds",
            "summer",
            "winter",
            "spring",
            "autumn",
            "qazwsx",
            "1qaz2wsx",
            "zaq12wsx",
            "access",
            "mustang",
            "batman",
            "passwordpassword");

    private PasswordPolicy() {}

    /** Refuses a weak password on field {@code field}. */
    public static void check(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "Choose a password of at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "A password has at most " + MAX_LENGTH + " characters.");
        }
        if (isCommon(password)) {
            throw new InvalidInputException(
                    field, "This password is among the most common ones and is guessed first; choose another.");
        }
    }

    static boolean isCommon(String password) {
        var lower = password.strip().toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2) {
            return true; // aaaaaaaaaaaa, abababababab
        }
        if (lower.chars().allMatch(Character::isDigit)) {
            return true; // 123456789012 and every other all-digit string a dictionary attack tries first
        }
        var stem = lower.replaceAll("[^a-z@]+$", "").replaceAll("^[^a-z@]+", "");
        return COMMON_STEMS.contains(stem) || COMMON_STEMS.contains(lower);
    }
}
