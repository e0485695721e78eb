package org.cofile.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.cofile.workflow.calendar.CalendarFeed;
import org.cofile.workflow.calendar.CalendarService;

/**
 * {@code GET /calendar/{secret}.ics}: a member's feed, for calendar programs that cannot sign in. The secret is the
 * credential; an unknown or reset one is answered 404, as if there were no such feed.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendar;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo();
        if (path == null || !path.endsWith(".ics") || path.indexOf('/', 1) >= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var secret = path.substring(1, path.length() - ".ics".length());
        var entries = calendar.feed(secret);
        if (entries.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var portal = URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + "/");
        var body = CalendarFeed.render(entries.get(), portal).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        // The address is a secret: no shared cache keeps it, and it is never sent on as a referrer.
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
