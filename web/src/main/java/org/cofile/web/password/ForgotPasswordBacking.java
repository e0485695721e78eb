package org.cofile.web.password;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cofile.web.shared.PageActions;
import org.cofile.workflow.security.PasswordService;

/** {@code password/forgot.xhtml}: asks for a reset link; the answer is the same whether the address has an account. */
@Named
@ViewScoped
public class ForgotPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "password_forgot";

    @Inject
    private PasswordService passwords;

    @Inject
    private PageActions pageActions;

    private String email;
    private boolean requested;

    public void request() {
        requested = pageActions.submit("forgot", PAGE, () -> passwords.requestReset(email));
    }

    public boolean isRequested() {
        return requested;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
