package org.cofile.it;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.shared.AccessDeniedException;

/** For MailAfterCommitIT: a use case that asks for a mail, then either finishes or is refused. */
@Stateless
public class MailingUseCase {

    @Inject
    private Event<MailMessage> mail;

    public void mailThenFinish(String subject) {
        mail.fire(new MailMessage("nobody@example.org", subject, "text"));
    }

    public void mailThenRefuse(String subject) {
        mail.fire(new MailMessage("nobody@example.org", subject, "text"));
        throw new AccessDeniedException("refused after the mail was asked for");
    }
}
