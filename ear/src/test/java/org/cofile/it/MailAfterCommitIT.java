package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.shared.AccessDeniedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail goes into the outbox in the transaction that asks for it and is sent after that commits ({@link
 * org.cofile.workflow.notification.Mailer}): a use case that fires a mail and then fails sends nothing, and a mail the
 * SMTP server does not take stays in the outbox to be tried again.
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
        assertThat(useCase.attemptsInOutbox(rolledBack))
                .as("a rolled-back change leaves no mail")
                .isEmpty();
        // No SMTP server listens during this test: the committed mail is tried, and kept to be tried again later.
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> useCase.attemptsInOutbox(committed), attempts -> attempts.equals(List.of(1)));
    }
}
