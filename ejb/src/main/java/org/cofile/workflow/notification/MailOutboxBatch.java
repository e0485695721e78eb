package org.cofile.workflow.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cofile.domain.notification.OutgoingMail;

/**
 * One batch of the outbox, in a transaction of its own: the due mails, locked, sent over one connection to WildFly's
 * mail session {@code java:jboss/mail/Cofile} (its SMTP server from COFILE_SMTP_HOST and COFILE_SMTP_PORT), each
 * deleted once sent or put off after a failure. Where no SMTP server is configured, each mail, links included, goes
 * to the server log instead, so that a newcomer on the embedded default can follow an invitation (README).
 */
@Stateless
public class MailOutboxBatch {

    private static final Logger LOG = Logger.getLogger(MailOutboxBatch.class.getName());

    /** Mails per batch: one transaction and one SMTP connection. */
    static final int SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/mail/Cofile")
    private Session session;

    private final Clock clock = Clock.systemUTC();

    /**
     * How many due mails of sender {@code lane} of {@code lanes} the batch took (sent, put off or given up): a sender
     * takes the mails whose {@link OutgoingMail#getLane() lane} is {@code lane} modulo {@code lanes}, so that as many
     * senders work side by side without taking each other's mail, and each recipient's mail goes out in order.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDue(int lane, int lanes) {
        var now = clock.instant();
        // The ids first, then the rows locked: H2 refuses a row limit together with FOR UPDATE. A row another node
        // sent meanwhile is simply not found.
        List<Long> ids = em.createNamedQuery("OutgoingMail.listDueIds", Long.class)
                .setParameter("now", now)
                .setParameter("lane", lane)
                .setParameter("lanes", lanes)
                .setMaxResults(SIZE)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<OutgoingMail> due = em.createNamedQuery("OutgoingMail.listByIds", OutgoingMail.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (!MailSettings.smtpConfigured()) {
            for (var mail : due) {
                LOG.info(() -> "No SMTP server is configured (COFILE_SMTP_HOST): this mail is not sent.\nTo: "
                        + mail.getRecipient() + "\nSubject: " + mail.getSubject() + "\n\n" + mail.getText());
                em.remove(mail);
            }
            return ids.size();
        }
        Transport transport = null;
        var sent = new ArrayList<Long>();
        try {
            transport = session.getTransport();
            transport.connect();
            for (var mail : due) {
                if (send(transport, mail)) {
                    sent.add(mail.getId());
                }
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The SMTP server could not be reached; the mails are tried again later", e);
            for (var mail : due) {
                if (!sent.contains(mail.getId())) {
                    putOff(mail, e);
                }
            }
        } finally {
            close(transport);
        }
        // Row by row, by primary key: MySQL's DELETE … WHERE id IN (…) takes next-key locks, which deadlocked the
        // senders of neighbouring lanes (ids interleave); a delete by key locks the row alone.
        for (var mail : due) {
            if (sent.contains(mail.getId())) {
                em.remove(mail);
            }
        }
        return ids.size();
    }

    /** Whether it was sent; a refused address puts it off, a broken connection is thrown. */
    private boolean send(Transport transport, OutgoingMail mail) throws MessagingException {
        try {
            var message = new MimeMessage(session);
            message.setFrom(new InternetAddress(MailSettings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), "UTF-8");
            message.setText(mail.getText(), "UTF-8");
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            return true;
        } catch (jakarta.mail.SendFailedException | jakarta.mail.internet.AddressException e) {
            // This mail's address is refused; the connection still serves the others.
            putOff(mail, e);
            return false;
        }
    }

    private void putOff(OutgoingMail mail, Exception cause) {
        if (mail.failed(clock.instant())) {
            LOG.log(
                    Level.WARNING,
                    "Could not send mail '" + mail.getSubject() + "' to " + mail.getRecipient()
                            + "; it is tried again later",
                    cause);
        } else {
            LOG.log(
                    Level.WARNING,
                    "Gave up mail '" + mail.getSubject() + "' to " + mail.getRecipient() + " after "
                            + mail.getAttempts() + " attempts",
                    cause);
            em.remove(mail);
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
            }
        }
    }
}
