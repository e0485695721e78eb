package org.cofile.domain.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A sentence for a person as a message key with its arguments, so that each language words it itself. The domain's
 * verdicts carry one beside their English text; the words are in {@code org/cofile/domain/verdicts*.properties}.
 * Arguments are strings, numbers, dates, other messages, or lists of messages (joined with "; ").
 */
public record Message(String key, List<Object> args) implements Serializable {

    /** The key whose pattern is its one argument: a sentence that has no words of its own yet. */
    public static final String TEXT = "text";

    private static final String BUNDLE = "org.cofile.domain.verdicts";

    public Message {
        Checks.notBlank(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** A sentence as it was written, in English, for rule sets whose verdicts have no keys yet. */
    public static Message text(String english) {
        return of(TEXT, english);
    }

    /** The sentence in {@code locale}, falling back to English for a key the language lacks. */
    public String format(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return format(bundle, locale);
    }

    private String format(ResourceBundle bundle, Locale locale) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A key without words is a programming error, but a reader still deserves the arguments.
            pattern = key + " {0}";
        }
        Object[] formatted =
                args.stream().map(arg -> formatArg(arg, bundle, locale)).toArray();
        return new MessageFormat(pattern, locale).format(formatted);
    }

    private static Object formatArg(Object arg, ResourceBundle bundle, Locale locale) {
        if (arg instanceof Message message) {
            return message.format(bundle, locale);
        }
        if (arg instanceof List<?> list) {
            return list.stream()
                    .map(item -> String.valueOf(formatArg(item, bundle, locale)))
                    .collect(Collectors.joining("; "));
        }
        if (arg instanceof TemporalAccessor || arg instanceof Money || arg instanceof Percentage) {
            // ISO dates and the domain's own money format read the same in every language Cofile speaks.
            return arg.toString();
        }
        return arg;
    }
}
