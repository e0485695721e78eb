package org.cofile.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.cofile.domain.organization.Member;
import org.cofile.workflow.security.AccountService;
import org.cofile.workflow.security.ApiTokenService;
import org.cofile.workflow.security.SignInOutcome;

/**
 * The one authentication mechanism of the application, for both of its doors, each with its own credential:
 *
 * <ul>
 *   <li>the API: {@code Authorization: Bearer <token>} on every request, never a session (so no other site can make
 *       a browser call the API); a missing, unknown or revoked token on a protected resource gets 401 as
 *       problem+json, while a public resource answers whatever token comes with it;
 *   <li>the portal: the sign-in page hands a user name and password to {@code SecurityContext.authenticate}; on
 *       success the session id is renewed (against session fixation) and the caller kept in the session. A token
 *       opens no portal page: whoever holds one must not be able to mint more.
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
        if (isApi(request)) {
            return api(request, response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(credential, request, context);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (accounts.isActive(caller.email())) {
                return context.notifyContainerAboutLogin(caller.email(), caller.groups());
            }
            // Deactivated since signing in: the session ends now, not when it times out.
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            var query = request.getQueryString();
            request.getSession(true)
                    .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        // A relative Location, written here: the container's own redirect would name the host the client claimed.
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + LOGIN_PAGE);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus api(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var authorization = request.getHeader("Authorization");
        var member = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(authorization.substring(BEARER.length()).strip())
                : Optional.<Member>empty();
        if (member.isPresent()) {
            return context.notifyContainerAboutLogin(member.get().getEmail(), AccountService.groupsOf(member.get()));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(
                request,
                response,
                authorization == null
                        ? "Send a personal API token as 'Authorization: Bearer <token>'."
                        : "The API token is unknown or revoked.");
    }

    private AuthenticationStatus signIn(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        SignInOutcome outcome =
                accounts.signIn(credential.getCaller(), credential.getPasswordAsString(), ClientAddress.of(request));
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

    /**
     * Refuses an API request with 401. The container then sends its error for 401, which web.xml maps to {@link
     * UnauthorizedProblem}: the problem document is written there, once the container has done with the response.
     */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"cofile\"");
        request.setAttribute(UnauthorizedProblem.DETAIL, detail);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
