package org.cofile.workflow.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512 and a random salt per password, stored as
 * {@code algorithm:iterations:salt:hash} so that stronger settings later can still check older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    /** OWASP Password Storage Cheat Sheet: 210,000 iterations for PBKDF2-HMAC-SHA512. */
    static final int ITERATIONS = 210_000;

    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    public String hash(String password) {
        var salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        var key = derive(password, salt, ITERATIONS, ALGORITHM);
        var base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        var parts = storedHash.split(":");
        if (parts.length != 4) {
            return false;
        }
        var decoder = Base64.getDecoder();
        var expected = decoder.decode(parts[3]);
        var actual = derive(password, decoder.decode(parts[2]), Integer.parseInt(parts[1]), parts[0]);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations, String algorithm) {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
