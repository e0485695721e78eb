package org.cofile.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cofile.workflow.notification.MailMessage;

/** For MailAfterCommitIT: records the mail that would be sent, in the same transaction phase as the Mailer. */
@ApplicationScoped
public class SentMail {

    private final List<MailMessage> sent = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage mail) {
        sent.add(mail);
    }

    List<MailMessage> sent() {
        return List.copyOf(sent);
    }
}
