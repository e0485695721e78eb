package org.cofile.web.password;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.security.PasswordService;

/** {@code password/reset.xhtml?token=…}: sets a new password through an e-mailed link, which works once. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "password_reset";

    @Inject
    private PasswordService passwords;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private String token;
    private String newPassword;

    public String reset() {
        boolean done = pageActions.submit("reset", PAGE, () -> passwords.reset(token, newPassword));
        if (!done) {
            return null;
        }
        messages.flash(PAGE + ".done");
        return "/login?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
