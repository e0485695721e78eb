package org.cofile.web.shell;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.cofile.domain.shared.Bounds;
import org.cofile.web.security.CofileAuthenticationMechanism;
import org.cofile.workflow.security.AccountService;
import org.cofile.workflow.security.SignInOutcome;

/** The sign-in form: hands the credentials to the container and sends the member on to where it was going. */
@Named
@RequestScoped
public class LoginBacking {

    @NotBlank
    @Size(max = Bounds.MAX_NAME)
    private String email;

    @NotBlank
    @Size(max = PASSWORD_MAX)
    private String password;

    /** Longer than any passphrase; the hash of a megabyte-long one would only cost the server time. */
    static final int PASSWORD_MAX = 1000;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private ExternalContext external;

    @Inject
    private Messages messages;

    public void signIn() throws IOException {
        var request = (HttpServletRequest) external.getRequest();
        var status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email, password)));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            var outcome = (SignInOutcome) request.getAttribute(CofileAuthenticationMechanism.SIGN_IN_OUTCOME);
            if (outcome != null && outcome.status() == SignInOutcome.Status.THROTTLED) {
                long seconds = AccountService.seconds(outcome.retryAfter());
                var response = (HttpServletResponse) external.getResponse();
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(seconds));
                messages.addGlobal(FacesMessage.SEVERITY_ERROR, "login.error.throttled", seconds);
            } else {
                messages.addGlobal(FacesMessage.SEVERITY_ERROR, "login.error.invalid");
            }
            return;
        }
        var returnTo = (String) external.getSessionMap().remove(CofileAuthenticationMechanism.RETURN_TO);
        external.redirect(returnTo != null ? returnTo : external.getRequestContextPath() + "/dashboard.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
