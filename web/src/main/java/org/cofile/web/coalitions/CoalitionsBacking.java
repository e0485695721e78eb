package org.cofile.web.coalitions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.ShownOnce;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.organization.InvitationService;
import org.cofile.workflow.organization.OrganizationService;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.shared.Caller;

/**
 * {@code coalitions/list.xhtml}: the coalitions of the member's organization; in those it administers, a coalition
 * admin invites an organization, new (with its first admin) or already on Cofile.
 */
@Named
@ViewScoped
public class CoalitionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "coalitions_list";

    @Inject
    private ResolutionService resolutions;

    @Inject
    private InvitationService invitations;

    @Inject
    private OrganizationService organizations;

    @Inject
    private Caller caller;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private List<Coalition> coalitions;
    private Access access;
    private Long coalitionId;
    private Long organizationId;
    private String organizationName;
    private OrganizationKind organizationKind;
    private String email;

    @PostConstruct
    void load() {
        coalitions = resolutions.coalitions();
        access = caller.access();
        coalitionId = coalitions.stream()
                .filter(c -> access.administers(c.getId()))
                .map(Coalition::getId)
                .findFirst()
                .orElse(null);
    }

    public void invite() {
        pageActions.submit("invite", PAGE, () -> {
            if (coalitionId == null) {
                throw new InvalidInputException("coalitionId", "Choose a coalition you administer.");
            }
            var issued = organizationId != null
                    ? invitations.inviteExistingOrganization(coalitionId, organizationId, email)
                    : invitations.inviteNewOrganization(coalitionId, organizationName, organizationKind, email);
            ShownOnce.show(CoalitionsBacking.class, issued.link());
            messages.addGlobal(
                    FacesMessage.SEVERITY_INFO,
                    PAGE + ".invited",
                    issued.invitation().getOrganizationName());
        });
    }

    public boolean administers(Coalition coalition) {
        return access.administers(coalition.getId());
    }

    public boolean isAdminAnywhere() {
        return access.administersAny();
    }

    public List<Coalition> getAdministered() {
        return coalitions.stream().filter(this::administers).toList();
    }

    public List<Organization> getOrganizationChoices() {
        return isAdminAnywhere() ? organizations.listAllForInvitation() : List.of();
    }

    public List<OrganizationKind> getKinds() {
        return List.of(OrganizationKind.values());
    }

    public String getNewLink() {
        return ShownOnce.shown(CoalitionsBacking.class);
    }

    public List<Coalition> getCoalitions() {
        return coalitions;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(Long coalitionId) {
        this.coalitionId = coalitionId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public OrganizationKind getOrganizationKind() {
        return organizationKind;
    }

    public void setOrganizationKind(OrganizationKind organizationKind) {
        this.organizationKind = organizationKind;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
