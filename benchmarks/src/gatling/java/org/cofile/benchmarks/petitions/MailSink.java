package org.cofile.benchmarks.petitions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the benchmark's EAR mails its confirmation links to: just enough SMTP for Jakarta Mail (EHLO, MAIL,
 * RCPT, DATA, RSET, NOOP, QUIT), keeping of each mail only its recipient's confirmation token, in a map by recipient.
 * It replaced GreenMail, whose mailbox look-up slowed as the signers grew to 150,000 and took more of the two cores
 * than the server under test.
 */
final class MailSink implements AutoCloseable {

    private static final Pattern CONFIRM = Pattern.compile("petition-confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern RECIPIENT = Pattern.compile("<([^>]+)>");
    private static final Pattern ESCAPED = Pattern.compile("=([0-9A-F]{2})");
    private static final Pattern QUOTED_PRINTABLE =
            Pattern.compile("(?im)^Content-Transfer-Encoding:\\s*quoted-printable");

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        var thread = new Thread(r, "mail-sink");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, List<String>> tokens = new ConcurrentHashMap<>();

    MailSink(int port) {
        try {
            server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("The mail sink cannot listen on " + port, e);
        }
        connections.execute(this::accept);
    }

    /** The confirmation token of the newest mail to {@code email} once at least {@code mails} have come, or null. */
    String latestToken(String email, int mails) {
        var received = tokens.get(email.toLowerCase(Locale.ROOT));
        if (received == null) {
            return null;
        }
        synchronized (received) {
            return received.size() < mails ? null : received.get(received.size() - 1);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var socket = server.accept();
                connections.execute(() -> converse(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("Mail sink: " + e);
                }
            }
        }
    }

    /** One SMTP connection: the server under test sends a batch of mails over each. */
    private void converse(Socket socket) {
        try (socket;
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                var out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220 mail-sink");
            var recipients = new ArrayList<String>();
            String line;
            while ((line = in.readLine()) != null) {
                var command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 mail-sink");
                    case "MAIL", "NOOP" -> reply(out, "250 OK");
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        var matcher = RECIPIENT.matcher(line);
                        if (matcher.find()) {
                            recipients.add(matcher.group(1).toLowerCase(Locale.ROOT));
                        }
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        var body = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            body.append(line).append('\n');
                        }
                        keep(recipients, body);
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Not implemented");
                }
            }
        } catch (IOException e) {
            // The server under test closed the connection: nothing to keep.
        }
    }

    private void keep(List<String> recipients, StringBuilder mail) {
        var text = mail.toString();
        if (QUOTED_PRINTABLE.matcher(text).find()) {
            // Soft line breaks and escaped characters; only in such a mail, or "=4F" in a token would be taken for one.
            text = text.replace("=\n", "");
            text = ESCAPED.matcher(text)
                    .replaceAll(m ->
                            Matcher.quoteReplacement(Character.toString((char) Integer.parseInt(m.group(1), 16))));
        }
        var matcher = CONFIRM.matcher(text);
        if (!matcher.find()) {
            return;
        }
        for (var recipient : recipients) {
            var received = tokens.computeIfAbsent(recipient, r -> new ArrayList<>());
            synchronized (received) {
                received.add(matcher.group(1));
            }
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        connections.shutdownNow();
    }
}
