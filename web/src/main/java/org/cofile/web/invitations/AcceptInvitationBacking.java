package org.cofile.web.invitations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cofile.domain.organization.Invitation;
import org.cofile.domain.organization.InvitationKind;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.organization.InvitationService;

/**
 * {@code invitations/accept.xhtml?token=…}: shows whom the link invites and, if it still works, lets the invitee
 * choose a name and password, or an admin of the invited organization accept for it. A used, expired or unknown link
 * says so instead.
 */
@Named
@ViewScoped
public class AcceptInvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "invitations_accept";

    @Inject
    private InvitationService invitations;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private String token;
    private Invitation invitation;
    private String problem;
    private String displayName;
    private String password;

    public void load() {
        try {
            invitation = invitations.preview(token);
        } catch (InvalidInputException e) {
            problem = e.reason();
        }
    }

    public String accept() {
        boolean done = pageActions.submit("accept", PAGE, () -> invitations.accept(token, displayName, password));
        if (!done) {
            return null;
        }
        messages.flash(PAGE + ".accepted");
        return "/login?faces-redirect=true";
    }

    public String acceptForOrganization() {
        boolean done = pageActions.submit("organization", PAGE, () -> invitations.acceptForOrganization(token));
        if (!done) {
            return null;
        }
        messages.flash(PAGE + ".joined", invitation.getCoalition().getName());
        return "/dashboard?faces-redirect=true";
    }

    public boolean isForPerson() {
        return invitation != null && invitation.getKind() != InvitationKind.EXISTING_ORGANIZATION;
    }

    public boolean isForOrganization() {
        return invitation != null && invitation.getKind() == InvitationKind.EXISTING_ORGANIZATION;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
