package org.cofile.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.cofile.workflow.security.AccountService;
import org.cofile.workflow.security.ApiTokenService;
import org.cofile.workflow.security.SignInOutcome;

/**
 * The one authentication mechanism of the application, for both of its doors:
 *
 * <ul>
 *   <li>the API: {@code Authorization: Bearer <token>} on every request, no session; a missing, unknown or revoked
 *       token on a protected resource gets 401 as problem+json;
 *   <li>the portal: the sign-in page hands a user name and password to {@code SecurityContext.authenticate}; on
 *       success the session id is renewed (against session fixation) and the caller kept in the session.
 * </ul>
 *
 * Other protected pages redirect to the sign-in page and back afterwards.
 */
@ApplicationScoped
public class CofileAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The request attribute where the sign-in page finds why a sign-in failed. */
    public static final String SIGN_IN_OUTCOME = "org.cofile.signInOutcome";

    /** The session attribute holding the page a visitor asked for before being sent to sign in. */
    public static final String RETURN_TO = "org.cofile.returnTo";

    static final String SESSION_CALLER = "org.cofile.caller";
    static final String LOGIN_PAGE = "/login.xhtml";

    private static final String BEARER = "Bearer ";

    @Inject
    private AccountService accounts;

    @Inject
    private ApiTokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(authorization.substring(BEARER.length()).strip(), response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(credential, request, context);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.email(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, "Send a personal API token as 'Authorization: Bearer <token>'.");
        }
        if ("GET".equals(request.getMethod())) {
            var query = request.getQueryString();
            request.getSession(true)
                    .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus bearer(String secret, HttpServletResponse response, HttpMessageContext context) {
        return tokens.authenticate(secret)
                .map(member -> context.notifyContainerAboutLogin(member.getEmail(), AccountService.groupsOf(member)))
                .orElseGet(() -> unauthorized(response, "The API token is unknown or revoked."));
    }

    private AuthenticationStatus signIn(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        SignInOutcome outcome = accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        request.setAttribute(SIGN_IN_OUTCOME, outcome);
        if (!outcome.signedIn()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_CALLER, new SessionCaller(outcome.email(), outcome.groups()));
        return context.notifyContainerAboutLogin(outcome.email(), outcome.groups());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cofile\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                            + detail.replace("\"", "'") + "\"}");
            // Committed now, and SEND_CONTINUE ("the mechanism has answered"), so that the container cannot replace
            // the problem document with its own error page.
            response.flushBuffer();
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
