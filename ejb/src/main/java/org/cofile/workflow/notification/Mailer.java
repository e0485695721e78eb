package org.cofile.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.cofile.domain.notification.OutgoingMail;

/**
 * Puts each mail a use case asks for into the outbox ({@link OutgoingMail}) within the use case's own transaction,
 * and after the commit wakes the {@link MailOutbox}, which sends it. A change that rolls back takes its mail with it;
 * one that commits has its mail sent even if the server stops first; and the request does not wait for the SMTP
 * server, which a petition at 150,000 signatures cannot afford.
 */
@ApplicationScoped
public class Mailer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    void queue(@Observes MailMessage mail) {
        em.persist(new OutgoingMail(mail.to(), mail.subject(), mail.text(), clock.instant()));
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage mail) {
        outbox.wake();
    }
}
