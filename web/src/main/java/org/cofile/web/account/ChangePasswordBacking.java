package org.cofile.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.security.PasswordService;

/** {@code account/password.xhtml}: the member changes its password, confirming the current one. */
@Named
@ViewScoped
public class ChangePasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "account_password";

    @Inject
    private PasswordService passwords;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private String password;
    private String newPassword;

    public String change() {
        boolean done = pageActions.submit("change", PAGE, () -> passwords.change(password, newPassword));
        if (!done) {
            return null;
        }
        messages.flash(PAGE + ".changed");
        return "/dashboard?faces-redirect=true";
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
