package org.cofile.domain.cofiling;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The bytes of an upload that were recognised as a PDF by their content (the caller asks a detector such as Tika;
 * the name and the declared type count for nothing), within the size limit, with their SHA-256.
 */
public record UploadedPdf(byte[] bytes, String sha256) {

    public static final String CONTENT_TYPE = "application/pdf";

    /**
     * A scanned letter of a few pages fits easily; the filing package appends them all. Kept under the web server's
     * default limit of 10 MB for a whole request.
     */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** {@code detectedType} is what the content says it is. */
    public static UploadedPdf of(byte[] bytes, String detectedType) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(
                    "file", "The file is larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        if (!CONTENT_TYPE.equals(detectedType)) {
            throw new InvalidInputException(
                    "file",
                    "Only PDF files are taken; this file's content is " + detectedType + ", whatever its name.");
        }
        return new UploadedPdf(bytes, sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public int size() {
        return bytes.length;
    }
}
