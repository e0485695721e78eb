package org.cofile.workflow.notification;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cofile.domain.resolution.TimelineKind;

/**
 * The words of a resolution's timeline and of the mails that tell it, in English or Spanish: one bundle for the page
 * of the resolution, the portal's notifications and the mails. {@code {0}}, {@code {1}} are replaced as they are, so an
 * apostrophe needs no quoting.
 */
public final class TimelineTexts {

    private static final String BUNDLE = "org.cofile.workflow.notification.timeline";

    private TimelineTexts() {}

    /** What the entry says after the name of who did it, such as "saved version 3". */
    public static String of(TimelineKind kind, int versionNumber, Locale locale) {
        return text("TimelineKind." + kind.name(), locale, versionNumber);
    }

    /** The text of {@code key} in {@code locale} (English when there is none), its placeholders replaced. */
    public static String text(String key, Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE, locale == null ? Locale.ENGLISH : locale, TimelineTexts.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        for (int i = 0; i < arguments.length; i++) {
            pattern = pattern.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return pattern;
    }

    /** The member's preferred language, English by default. */
    public static Locale localeOf(String preferredLocale) {
        return preferredLocale == null || preferredLocale.isBlank()
                ? Locale.ENGLISH
                : Locale.forLanguageTag(preferredLocale);
    }
}
