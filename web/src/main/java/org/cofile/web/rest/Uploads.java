package org.cofile.web.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.cofiling.UploadedPdf;
import org.cofile.domain.shared.InvalidInputException;

/** Reads the parts of a multipart upload: a text field, and a file read no further than one byte past the limit. */
final class Uploads {

    private static final int FIELD_MAX_BYTES = 1024;

    private Uploads() {}

    static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null
                ? Optional.empty()
                : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    static String field(List<EntityPart> parts, String name) {
        return part(parts, name)
                .map(p -> read(p, FIELD_MAX_BYTES, name))
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .map(String::strip)
                .orElse(null);
    }

    /** The file's bytes; a file over the limit is read only as far as needed to say it is too large. */
    static byte[] file(List<EntityPart> parts, String name) {
        var part = part(parts, name)
                .orElseThrow(() ->
                        new InvalidInputException(name, "Attach the file as the multipart field '" + name + "'."));
        return read(part, UploadedPdf.MAX_BYTES + 1, name);
    }

    static String fileName(List<EntityPart> parts, String name) {
        return part(parts, name).flatMap(EntityPart::getFileName).orElse(null);
    }

    private static byte[] read(EntityPart part, int max, String name) {
        try (var in = part.getContent()) {
            var bytes = in.readNBytes(max + 1);
            if (bytes.length > max && max == FIELD_MAX_BYTES) {
                throw new InvalidInputException(name, "At most " + FIELD_MAX_BYTES + " bytes.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
