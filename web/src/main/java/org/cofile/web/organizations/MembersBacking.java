package org.cofile.web.organizations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.organization.Invitation;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Role;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.ShownOnce;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.organization.InvitationService;
import org.cofile.workflow.organization.MemberService;
import org.cofile.workflow.shared.Caller;

/**
 * {@code organizations/members.xhtml}: the members of the member's organization; its admins invite people (the link
 * is shown once, and e-mailed) and deactivate members.
 */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "organizations_members";

    @Inject
    private MemberService members;

    @Inject
    private InvitationService invitations;

    @Inject
    private Caller caller;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private List<Member> list;
    private List<Invitation> open = List.of();
    private boolean admin;
    private String email;
    private Role role = Role.MEMBER;

    @PostConstruct
    void load() {
        list = members.ofMyOrganization();
        admin = caller.getMember().hasRole(Role.ORG_ADMIN);
        if (admin) {
            open = invitations.openInvitations();
        }
    }

    public void invite() {
        pageActions.submit("invite", PAGE, () -> {
            var issued = invitations.inviteMember(email, role);
            ShownOnce.show(MembersBacking.class, issued.link());
            messages.addGlobal(jakarta.faces.application.FacesMessage.SEVERITY_INFO, PAGE + ".invited", email);
            email = null;
        });
        load();
    }

    public void deactivate(long memberId) {
        pageActions.submit("members", PAGE, () -> members.deactivate(memberId));
        load();
    }

    public String getNewLink() {
        return ShownOnce.shown(MembersBacking.class);
    }

    public List<Member> getList() {
        return list;
    }

    public List<Invitation> getOpen() {
        return open;
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
