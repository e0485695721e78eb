package org.cofile.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects within the portal carry a path, not an absolute URL: the container would build one from the {@code Host}
 * header the client sent, so a forged host would come back in the {@code Location} (and in any cache in front of the
 * server). RFC 9110 allows a relative {@code Location}, and every browser follows it.
 */
@WebFilter(filterName = "relativeRedirects", urlPatterns = "/*", asyncSupported = true)
public class RelativeRedirects extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Relative(request, response));
    }

    private static final class Relative extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Relative(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location.contains("://") || location.startsWith("//")) {
                // An address elsewhere that the application chose; nothing of the request's host in it.
                super.sendRedirect(location);
                return;
            }
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed.");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location.startsWith("/") ? location : base() + location);
        }

        /** The folder of the requested path, which a location without a leading slash is relative to. */
        private String base() {
            String uri = request.getRequestURI();
            return uri.substring(0, uri.lastIndexOf('/') + 1);
        }
    }
}
