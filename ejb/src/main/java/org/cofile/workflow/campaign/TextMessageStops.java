package org.cofile.workflow.campaign;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cofile.domain.campaign.MobileNumber;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.Settings;

/**
 * Replies to the campaigns' text messages, as the SMS provider reports them: a STOP (or another opt-out word) from a
 * number withdraws consent to texts on every signature with that number; the signatures still count. The provider
 * signs each report with the secret both share ({@code COFILE_SMS_WEBHOOK_SECRET}): HMAC-SHA256 of the request's
 * body, in hex. Without the secret the path is closed.
 */
@Stateless
public class TextMessageStops {

    static final String SECRET = "COFILE_SMS_WEBHOOK_SECRET";
    private static final String ALGORITHM = "HmacSHA256";

    @PersistenceContext
    private EntityManager em;

    /** Whether {@code signature} (hex, with or without {@code sha256=}) is the shared secret's over {@code body}. */
    public boolean signedBySharedSecret(byte[] body, String signature) {
        var secret = Settings.of(SECRET, "");
        if (secret.isEmpty()) {
            throw new NotFoundException("Text message webhook", "(no secret is set)");
        }
        if (signature == null) {
            return false;
        }
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            var expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            var given = signature.strip().replaceFirst("^sha256=", "").toLowerCase(Locale.ROOT);
            return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A reply from {@code from}: how many signatures stopped getting texts (none for a reply that is no STOP). */
    public int reply(String from, String text) {
        var number = MobileNumber.e164(from, null)
                .orElseThrow(
                        () -> new InvalidInputException("from", "Give the number as E.164, such as +14155550100."));
        if (!MobileNumber.isStop(text)) {
            return 0;
        }
        return em.createNamedQuery("Signature.stopTexts")
                .setParameter("mobile", number)
                .executeUpdate();
    }
}
