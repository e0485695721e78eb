package org.cofile.web.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A PDF answer, offered for download under a name that cannot break the header. */
final class Pdfs {

    private Pdfs() {}

    static Response attachment(byte[] bytes, String fileName) {
        var ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        var encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
