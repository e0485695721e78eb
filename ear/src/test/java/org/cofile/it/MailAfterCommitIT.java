package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.UUID;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.shared.AccessDeniedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail is sent after the transaction that asks for it commits, as {@link org.cofile.workflow.notification.Mailer}
 * is: a use case that fires a mail and then fails sends nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MailAfterCommitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Inject
    private MailingUseCase useCase;

    @Inject
    private SentMail sentMail;

    @Test
    void aCommittedChangeSendsItsMailAndARolledBackOneSendsNothing() {
        var committed = "committed " + UUID.randomUUID();
        var rolledBack = "rolled back " + UUID.randomUUID();

        useCase.mailThenFinish(committed);
        assertThatThrownBy(() -> useCase.mailThenRefuse(rolledBack)).isInstanceOf(AccessDeniedException.class);

        assertThat(sentMail.sent())
                .extracting(MailMessage::subject)
                .contains(committed)
                .doesNotContain(rolledBack);
    }
}
