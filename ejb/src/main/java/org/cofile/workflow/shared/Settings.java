package org.cofile.workflow.shared;

import java.util.Locale;

/**
 * The server's settings: a system property ({@code cofile.smtp.host}) where one is given, else the environment
 * variable of the same name in capitals ({@code COFILE_SMTP_HOST}), else the default.
 */
public final class Settings {

    private Settings() {}

    public static String of(String name, String fallback) {
        var property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        var env = System.getenv(name);
        return env == null || env.isBlank() ? fallback : env.strip();
    }
}
