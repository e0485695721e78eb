package org.cofile.workflow.notification;

import org.cofile.workflow.shared.Settings;

/**
 * Where links in mail point and whom mail comes from, from the environment (or system properties of the same name in
 * lower case with dots, which the tests use): COFILE_BASE_URL, COFILE_MAIL_FROM, COFILE_SMTP_HOST.
 */
public final class MailSettings {

    private MailSettings() {}

    /** The portal's address as its members reach it, ending in a slash; links in mail start with it. */
    public static String baseUrl() {
        var url = setting("COFILE_BASE_URL", "http://localhost:8080/");
        return url.endsWith("/") ? url : url + "/";
    }

    static String from() {
        return setting("COFILE_MAIL_FROM", "Cofile <no-reply@cofile.invalid>");
    }

    /** Whether an SMTP server was named; the mail session's binding falls back to localhost:25 otherwise. */
    static boolean smtpConfigured() {
        return !setting("COFILE_SMTP_HOST", "").isBlank();
    }

    private static String setting(String name, String fallback) {
        return Settings.of(name, fallback);
    }
}
