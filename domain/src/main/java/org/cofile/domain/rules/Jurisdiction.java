package org.cofile.domain.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A market whose filing rules the engine knows: {@code US}, {@code UK}, {@code AU}, {@code CA}, or an EU member state
 * as {@code EU-DE}. {@link #parse} accepts only jurisdictions with a registered rule set.
 */
public record Jurisdiction(String code) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}(-[A-Z]{2})?");
    private static final String EU_PREFIX = "EU-";

    public static final Jurisdiction US = new Jurisdiction("US");
    public static final Jurisdiction UK = new Jurisdiction("UK");
    public static final Jurisdiction AU = new Jurisdiction("AU");
    public static final Jurisdiction CA = new Jurisdiction("CA");

    public Jurisdiction {
        Checks.notBlank(code, "jurisdiction");
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidInputException(
                    "jurisdiction",
                    "must look like US or EU-DE (two upper-case letters, was '" + Bounds.excerpt(code) + "')");
        }
    }

    /** The jurisdiction of an EU member state, by its ISO 3166 code: {@code euMemberState("DE")} is {@code EU-DE}. */
    public static Jurisdiction euMemberState(String isoCountryCode) {
        return new Jurisdiction(EU_PREFIX + Checks.notBlank(isoCountryCode, "memberState"));
    }

    /**
     * Parses a code such as {@code "us"} or {@code "EU-DE"} (case and surrounding blanks ignored).
     *
     * @throws InvalidInputException on field {@code jurisdiction}, naming the value and the known jurisdictions
     */
    public static Jurisdiction parse(String value) {
        Checks.notNull(value, "jurisdiction");
        String normalized = value.strip().toUpperCase(Locale.ROOT);
        var known = RuleSetRegistry.standard().jurisdictions();
        return known.stream()
                .filter(j -> j.code.equals(normalized))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "jurisdiction",
                        "'" + Bounds.excerpt(value) + "' is not a known jurisdiction; known: "
                                + known.stream().map(Jurisdiction::code).collect(Collectors.joining(", "))));
    }

    /**
     * The jurisdiction whose rules govern a company registered in the country with ISO 3166 code {@code country}: the
     * ISO code GB is the jurisdiction UK; an EU member state is {@code EU-xx}. Empty when Cofile has no rules for it.
     */
    public static Optional<Jurisdiction> ofCompanyCountry(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        var iso = country.strip().toUpperCase(Locale.ROOT);
        var code = "GB".equals(iso) ? UK.code : iso;
        var known = RuleSetRegistry.standard().jurisdictions();
        return known.stream()
                .filter(j -> j.code.equals(code) || j.code.equals(EU_PREFIX + code))
                .findFirst();
    }

    public boolean isEuMemberState() {
        return code.startsWith(EU_PREFIX);
    }

    /** The ISO 4217 code of the currency this jurisdiction's rules state their thresholds in. */
    public String currency() {
        if (isEuMemberState()) {
            return "EUR";
        }
        return switch (code) {
            case "UK" -> "GBP";
            case "CA" -> "CAD";
            case "AU" -> "AUD";
            default -> "USD";
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
