package org.cofile.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.organization.ApiToken;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.FormErrors;
import org.cofile.web.shared.ShownOnce;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.security.ApiTokenService;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.NotFoundException;

/** The member's API tokens: create one (its secret is shown once), list them, revoke one. */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "account_tokens";

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Messages messages;

    @Inject
    private FormErrors formErrors;

    @NotBlank
    @Size(max = ApiToken.NAME_MAX)
    private String name;

    /** The member's password, asked again: a session left open must not be enough to mint a token. */
    @NotBlank
    @Size(max = 1000)
    private String password;

    private List<ApiToken> mine;

    @PostConstruct
    void load() {
        mine = tokens.listMine();
    }

    public void create() {
        try {
            var issued = tokens.issue(name, password);
            ShownOnce.show(TokensBacking.class, issued.secret());
        } catch (InvalidInputException e) {
            formErrors.show("tokens", PAGE, e);
            return;
        } finally {
            password = null;
        }
        messages.addGlobal(FacesMessage.SEVERITY_INFO, PAGE + ".created", name);
        name = null;
        load();
    }

    public void revoke(ApiToken token) {
        try {
            tokens.revoke(token.getId());
        } catch (NotFoundException | AccessDeniedException e) {
            // Only the member's own tokens are listed, so this is a token deleted or handed over meanwhile.
            messages.addGlobal(FacesMessage.SEVERITY_ERROR, PAGE + ".revokeFailed");
            load();
            return;
        }
        messages.addGlobal(FacesMessage.SEVERITY_INFO, PAGE + ".revoked", token.getName());
        load();
    }

    public String getNewSecret() {
        return ShownOnce.shown(TokensBacking.class);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<ApiToken> getMine() {
        return mine;
    }
}
