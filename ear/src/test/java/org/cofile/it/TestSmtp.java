package org.cofile.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The tests' SMTP server (GreenMail), on the port the server under test mails to (arquillian.xml), and the mail it
 * received. A message that cannot be read is no match, so that one broken mail does not fail another test's look-up.
 */
final class TestSmtp {

    /** The port arquillian.xml gives the server as {@code cofile.smtp.port}. */
    static final int PORT = 3925;

    /** A condition on a received message, which may fail to read it. */
    @FunctionalInterface
    interface MailCheck {
        boolean test(MimeMessage message) throws Exception;
    }

    private TestSmtp() {}

    static GreenMailExtension server() {
        return server(PORT);
    }

    static GreenMailExtension server(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /** The messages to {@code address} (their first recipient, in any case), oldest first. */
    static List<MimeMessage> mailsTo(GreenMailExtension smtp, String address) {
        return mailsTo(smtp, address, message -> true);
    }

    /** The messages to {@code address} (their first recipient, in any case) that {@code also} accepts, oldest first. */
    static List<MimeMessage> mailsTo(GreenMailExtension smtp, String address, MailCheck also) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equalsIgnoreCase(address) && also.test(message);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
