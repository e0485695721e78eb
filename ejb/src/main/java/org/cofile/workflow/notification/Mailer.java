package org.cofile.workflow.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends mail through WildFly's mail session {@code java:jboss/mail/Cofile}, whose SMTP server comes from
 * COFILE_SMTP_HOST and COFILE_SMTP_PORT. Only after the transaction that asked for it commits. A failure to send is
 * logged and does not undo the change; where no SMTP server is configured, the message, links included, goes to the
 * server log, so that a newcomer on the embedded default can follow an invitation (README).
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Cofile")
    private Session session;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage mail) {
        if (!MailSettings.smtpConfigured()) {
            LOG.info(() -> "No SMTP server is configured (COFILE_SMTP_HOST): this mail is not sent.\nTo: " + mail.to()
                    + "\nSubject: " + mail.subject() + "\n\n" + mail.text());
            return;
        }
        try {
            var message = new MimeMessage(session);
            message.setFrom(new InternetAddress(MailSettings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.text(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail '" + mail.subject() + "' to " + mail.to(), e);
        }
    }
}
