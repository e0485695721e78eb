package org.cofile.it;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cofile.domain.notification.OutgoingMail;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.shared.AccessDeniedException;

/** For MailAfterCommitIT: a use case that asks for a mail, then either finishes or is refused; and the outbox. */
@Stateless
public class MailingUseCase {

    @Inject
    private Event<MailMessage> mail;

    @PersistenceContext
    private EntityManager em;

    /** The attempts of the outbox's mails with this subject, one entry per mail still waiting there. */
    public List<Integer> attemptsInOutbox(String subject) {
        return em
                .createQuery("select m from OutgoingMail m where m.subject = :subject", OutgoingMail.class)
                .setParameter("subject", subject)
                .getResultList()
                .stream()
                .map(OutgoingMail::getAttempts)
                .toList();
    }

    public void mailThenFinish(String subject) {
        mail.fire(new MailMessage("nobody@example.org", subject, "text"));
    }

    public void mailThenRefuse(String subject) {
        mail.fire(new MailMessage("nobody@example.org", subject, "text"));
        throw new AccessDeniedException("refused after the mail was asked for");
    }
}
