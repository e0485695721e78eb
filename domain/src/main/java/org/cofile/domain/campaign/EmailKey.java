package org.cofile.domain.campaign;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The key under which an e-mail address signs a petition once: the address as its provider delivers it. Case is
 * ignored; Gmail ignores dots and a "+tag" in the name (and googlemail.com is gmail.com); the providers below ignore a
 * "+tag". Other providers' names are kept as written, since they may tell apart what these do not.
 */
public final class EmailKey {

    /** RFC 5321's limit on a whole address. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private static final Map<String, String> DOMAIN_ALIASES = Map.of("googlemail.com", "gmail.com");

    private static final Set<String> PLUS_TAG_PROVIDERS = Set.of(
            "gmail.com",
            "outlook.com",
            "hotmail.com",
            "live.com",
            "icloud.com",
            "me.com",
            "fastmail.com",
            "proton.me",
            "protonmail.com");

    private EmailKey() {}

    /** The address, checked; refused with a clear message when it is none. */
    public static String checked(String address) {
        if (address == null || address.isBlank()) {
            throw new InvalidInputException("email", "Give your e-mail address: the link that confirms goes there.");
        }
        var clean = address.strip();
        if (clean.length() > MAX_LENGTH || !ADDRESS.matcher(clean).matches()) {
            throw new InvalidInputException("email", "Enter an e-mail address such as name@example.org.");
        }
        return clean;
    }

    public static String of(String address) {
        var clean = checked(address).toLowerCase(Locale.ROOT);
        int at = clean.lastIndexOf('@');
        var name = clean.substring(0, at);
        var domain = DOMAIN_ALIASES.getOrDefault(clean.substring(at + 1), clean.substring(at + 1));
        if (PLUS_TAG_PROVIDERS.contains(domain)) {
            int plus = name.indexOf('+');
            if (plus > 0) {
                name = name.substring(0, plus);
            }
        }
        if (domain.equals("gmail.com")) {
            name = name.replace(".", "");
        }
        return name + "@" + domain;
    }
}
