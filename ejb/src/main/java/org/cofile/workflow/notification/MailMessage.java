package org.cofile.workflow.notification;

/**
 * A plain-text e-mail a use case asks for. Fired as a CDI event inside the use case's transaction, it is put in the
 * outbox by {@link Mailer} in that transaction and sent after it commits: a change that rolls back sends nothing.
 */
public record MailMessage(String to, String subject, String text) {}
