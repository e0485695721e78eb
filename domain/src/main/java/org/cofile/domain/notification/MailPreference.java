package org.cofile.domain.notification;

/** How a member wants to hear by e-mail of what happens to the resolutions they follow; the portal always shows it. */
public enum MailPreference {
    /** One mail for each change, within a minute or so. */
    IMMEDIATE,
    /** One mail a day with every change since the last. */
    DAILY_DIGEST,
    /** No mail: the portal's notifications only. */
    NONE
}
