package org.cofile.benchmarks.petitions;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.regex.Pattern;

/**
 * The SMTP server the benchmark's EAR mails its confirmation links to (GreenMail): each signer's mails land in a
 * mailbox of their own, so a signer finds its link without the others' mails being read.
 */
final class MailSink implements AutoCloseable {

    private static final Pattern CONFIRM = Pattern.compile("petition-confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private final GreenMail greenMail;

    MailSink(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    /**
     * The confirmation token of the newest mail to {@code email} once at least {@code mails} have come, or {@code
     * null}. Each mail's body is read once: a signer waiting for its mail asks many times.
     */
    String latestToken(String email, int mails) {
        try {
            var user = greenMail.getUserManager().getUserByEmail(email);
            if (user == null) {
                return null;
            }
            var inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
            if (inbox.getMessageCount() < mails) {
                return null;
            }
            var messages = inbox.getMessages();
            var body = GreenMailUtil.getBody(messages.get(messages.size() - 1).getMimeMessage())
                    .replace("=\r\n", "");
            var matcher = CONFIRM.matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
