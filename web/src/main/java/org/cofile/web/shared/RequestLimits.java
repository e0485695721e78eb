package org.cofile.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cofile.domain.cofiling.UploadedPdf;

/**
 * Bounds every request body before anything reads it: a declared length over {@link #MAX_BODY_BYTES} is answered 413
 * at once. An API body is read here, up to that limit (so one sent in chunks is bounded too), and refused with 400 if
 * its JSON nests deeper than {@link #MAX_JSON_DEPTH}: a parser given ten thousand open brackets can spend seconds on
 * them. Browsers always declare the length of a form, so a portal post without one is refused with 411, and a form
 * of more fields than the server reads is refused with 400. Field-level limits are the business of {@link
 * org.cofile.domain.shared.Bounds}; this keeps a request from being large or deep before it is parsed.
 */
@WebFilter(filterName = "requestLimits", urlPatterns = "/*", asyncSupported = true)
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the largest form or JSON document Cofile takes: {@code Bounds.MAX_TEXT} characters, escaped. */
    public static final int MAX_BODY_BYTES = 512 * 1024;

    /** An upload: one letter up to {@link UploadedPdf#MAX_BYTES} and its form fields; larger ones are refused 413. */
    public static final int MAX_UPLOAD_BYTES = UploadedPdf.MAX_BYTES + 256 * 1024;

    /** No Cofile document nests deeper than a list of objects in an object; this leaves plenty of room. */
    static final int MAX_JSON_DEPTH = 32;

    private static final String API = "/api/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + API);
        boolean upload = isMultipart(request);
        int limit = upload ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
        if (declared > limit) {
            refuse(response, api, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The body is too large.");
            return;
        }
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if (!api) {
            if (chunked) {
                refuse(response, false, HttpServletResponse.SC_LENGTH_REQUIRED, "Send the length of the form.");
            } else if (!parametersReadable(request)) {
                refuse(response, false, HttpServletResponse.SC_BAD_REQUEST, "Too many parameters.");
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (declared == 0 || (declared < 0 && !chunked)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            refuse(response, true, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The body is too large.");
            return;
        }
        if (!upload && depth(body) > MAX_JSON_DEPTH) {
            refuse(
                    response,
                    true,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "The body nests deeper than " + MAX_JSON_DEPTH + " levels.");
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The deepest nesting of arrays and objects in a JSON text, brackets inside strings not counted. */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    /**
     * Undertow refuses a form of more than its {@code max-parameters} (1000) fields by throwing from the first read of
     * them, which would reach JSF as a server failure; read them here first, so that such a form is a 400.
     */
    private static boolean parametersReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, boolean api, int status, String detail)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (!api) {
            // Plain text, not the error page: that page would read the same request again.
            response.setContentType("text/plain");
            response.getWriter().write(detail);
            return;
        }
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    /** The request with its body read already, served again from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body is read already.");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
