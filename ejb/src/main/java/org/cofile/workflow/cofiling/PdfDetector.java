package org.cofile.workflow.cofiling;

import com.lowagie.text.pdf.PdfReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.apache.tika.Tika;
import org.cofile.domain.cofiling.UploadedPdf;
import org.cofile.domain.shared.InvalidInputException;

/**
 * Recognises an upload by its content with Apache Tika's magic bytes (a name or a declared type counts for nothing),
 * then makes sure the PDF can be read and appended to a filing package: a damaged or password-protected file is
 * refused now rather than failing the package on the day of filing.
 */
@ApplicationScoped
public class PdfDetector {

    // Tika's facade is thread-safe; detection by content needs only tika-core's MIME magic.
    private final Tika tika = new Tika();

    public UploadedPdf accept(byte[] bytes) {
        boolean inspectable = bytes != null && bytes.length > 0 && bytes.length <= UploadedPdf.MAX_BYTES;
        var pdf = UploadedPdf.of(bytes, inspectable ? tika.detect(bytes) : null);
        PdfReader reader = null;
        try {
            reader = new PdfReader(pdf.bytes());
            if (reader.isEncrypted()) {
                throw new InvalidInputException(
                        "file", "This PDF is password-protected; upload a copy without a password.");
            }
            if (reader.getNumberOfPages() < 1) {
                throw new InvalidInputException("file", "This PDF has no pages.");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw new InvalidInputException("file", "This PDF is damaged and cannot be read; upload it again.");
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
        return pdf;
    }
}
