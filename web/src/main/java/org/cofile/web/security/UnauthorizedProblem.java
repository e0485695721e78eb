package org.cofile.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The API's 401 as a problem document: the error page web.xml names for 401, which only the API answers with. */
@WebServlet("/errors/unauthorized")
public class UnauthorizedProblem extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute where the authentication mechanism leaves what the client should do. */
    static final String DETAIL = "org.cofile.unauthorized";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var detail = request.getAttribute(DETAIL) instanceof String text ? text : "Authenticate first.";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                        + detail.replace("\"", "'") + "\"}");
    }
}
