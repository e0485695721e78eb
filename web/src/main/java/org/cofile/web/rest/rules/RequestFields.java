package org.cofile.web.rest.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;

/**
 * Reads the raw values of one request into domain types, collecting a message per field (named as the client sent it,
 * {@code holdings[0].shares}) so that one 400 lists every mistake; {@link #verify()} throws when there are any.
 */
public final class RequestFields {

    /**
     * The domain names its fields after its own records; the API's names differ in a few places. Keys are single
     * path segments; an index such as {@code [0]} is kept.
     */
    private static final Map<String, String> API_NAMES = Map.of(
            "highestPriceInWindow", "highestPrice",
            "previousProxyReleaseDate", "priorProxyReleaseDate",
            "previousMeetingDate", "priorMeetingDate",
            "votesFor", "for",
            "textKind", "kind",
            "holderId", "holder",
            "percentage", "threshold");

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)");

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The request body itself, refused when absent (an empty body binds to {@code null}). */
    public static <T> T body(T request) {
        if (request == null) {
            throw new InvalidInputException(Map.of("body", "must be a JSON object"));
        }
        return request;
    }

    /**
     * Runs a domain call, renaming the fields of an {@link InvalidInputException} it throws to the API's name for it.
     */
    static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw e.withFieldsRenamed(RequestFields::apiName);
        }
    }

    static String apiName(String domainField) {
        StringBuilder out = new StringBuilder();
        for (String segment : domainField.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (out.length() > 0) {
                out.append('.');
            }
            if (m.matches()) {
                out.append(API_NAMES.getOrDefault(m.group(1), m.group(1))).append(m.group(2));
            } else {
                out.append(segment);
            }
        }
        return out.toString();
    }

    public void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** Runs one field's parse, turning its refusal into a message for that field; {@code null} when refused. */
    private <T> T read(String field, Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::reject);
            return null;
        }
    }

    /** Throws an {@link InvalidInputException} with every message collected, if any. */
    public void verify() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public LocalDate requiredDate(String field, String value) {
        if (isAbsent(value)) {
            reject(field, "must be given as a date YYYY-MM-DD");
            return null;
        }
        return optionalDate(field, value);
    }

    public LocalDate optionalDate(String field, String value) {
        if (isAbsent(value)) {
            return null;
        }
        return read(field, () -> Bounds.parseDate(value, field));
    }

    Jurisdiction jurisdiction(String field, String value) {
        if (isAbsent(value)) {
            reject(field, "must be given, e.g. US, UK, CA, AU or EU-DE");
            return null;
        }
        try {
            return Jurisdiction.parse(value);
        } catch (InvalidInputException e) {
            reject(field, e.reason());
            return null;
        }
    }

    /** A strict JSON boolean; the request DTOs take booleans as text so that {@code "maybe"} is refused, not false. */
    public Boolean requiredFlag(String field, String value) {
        if (isAbsent(value)) {
            reject(field, "must be given: true or false");
            return null;
        }
        return optionalFlag(field, value, null);
    }

    public Boolean optionalFlag(String field, String value, Boolean absent) {
        if (isAbsent(value)) {
            return absent;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                reject(field, "must be true or false (was '" + Bounds.excerpt(value) + "')");
                yield null;
            }
        };
    }

    /** A non-negative decimal within {@link Bounds}, given as a JSON number or a decimal string. */
    public BigDecimal requiredAmount(String field, String value) {
        if (isAbsent(value)) {
            reject(field, "must be given as a number");
            return null;
        }
        return optionalAmount(field, value);
    }

    public BigDecimal optionalAmount(String field, String value) {
        if (isAbsent(value)) {
            return null;
        }
        BigDecimal amount = read(field, () -> Bounds.parseDecimal(value, field));
        if (amount != null && amount.signum() < 0) {
            reject(field, "must not be negative (was " + Bounds.excerpt(value.strip()) + ")");
            return null;
        }
        return amount;
    }

    /** A non-negative whole number of votes; {@code 1.5} is refused rather than cut to 1. */
    public Long requiredCount(String field, String value) {
        if (isAbsent(value)) {
            reject(field, "must be given as a whole number");
            return null;
        }
        return read(field, () -> Bounds.parseCount(value, field));
    }

    /** A non-negative whole number, or {@code null} when none is given. */
    public Long optionalCount(String field, String value) {
        return isAbsent(value) ? null : read(field, () -> Bounds.parseCount(value, field));
    }

    static Money money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return null;
        }
        return new Money(amount, currency);
    }

    /** An ISO 4217 code, or the jurisdiction's own currency when none is given. */
    String currency(String field, String value, Jurisdiction jurisdiction) {
        // Unknown jurisdiction: no default, and the jurisdiction's own error says why.
        if (isAbsent(value)) {
            return jurisdiction == null ? null : jurisdiction.currency();
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            reject(field, "must be a three-letter ISO 4217 code (was '" + Bounds.excerpt(value) + "')");
            return null;
        }
        return code;
    }

    /** One of {@code type}'s constants, which must be given. */
    public <E extends Enum<E>> E requiredChoice(String field, String value, Class<E> type) {
        if (isAbsent(value)) {
            reject(field, "must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
        return choice(field, value, type, null);
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, E absent) {
        if (isAbsent(value)) {
            return absent;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        reject(
                field,
                "must be one of "
                        + List.of(type.getEnumConstants()).stream()
                                .map(Enum::name)
                                .toList() + " (was '" + Bounds.excerpt(value) + "')");
        return null;
    }

    public String requiredText(String field, String value) {
        if (value == null) {
            reject(field, "must be given");
            return null;
        }
        return read(field, () -> Bounds.text(value, Bounds.MAX_TEXT, field));
    }

    <T> List<T> requiredList(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            reject(field, "must list at least one entry");
            return List.of();
        }
        if (boundedList(field, values).isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                reject(field + "[" + i + "]", "must be an object, not null");
            }
        }
        return values;
    }

    /** The list if it has no more entries than {@link Bounds} allow; otherwise refused, and empty. */
    public <T> List<T> boundedList(String field, List<T> values) {
        List<T> bounded = read(field, () -> Bounds.entries(values, field));
        return bounded == null ? List.of() : bounded;
    }

    /** A free text of at most {@code max} characters, or {@code null}. */
    public String optionalText(String field, String value, int max) {
        return value == null ? null : read(field, () -> Bounds.text(value, max, field));
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
