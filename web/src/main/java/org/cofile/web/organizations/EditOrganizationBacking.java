package org.cofile.web.organizations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.organization.OrganizationData;
import org.cofile.workflow.organization.OrganizationService;
import org.cofile.workflow.shared.AccessDeniedException;

/**
 * Records an organization ({@code edit.xhtml}, platform and coalition admins) or changes one ({@code edit.xhtml?id=N},
 * its own admins), as {@link org.cofile.domain.organization.OrganizationPolicy} decides. An organization the member
 * may not see is answered 404, one it may see but not change 403, before the form is shown.
 */
@Named
@ViewScoped
public class EditOrganizationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "organizations_edit";

    @Inject
    private OrganizationService organizations;

    @Inject
    private AuditService audit;

    @Inject
    private Messages messages;

    @Inject
    private PageActions pageActions;

    private Long id;
    private OrganizationData organization;
    private List<AuditEntry> history = List.of();

    /** Runs before the first render: 404 for an unknown organization, 403 for one the member may not change. */
    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Organization").orElse(null);
            if (id == null) {
                if (!organizations.mayCreate()) {
                    throw new AccessDeniedException("May not create organizations");
                }
                organization = new OrganizationData();
            } else {
                var stored = organizations.get(id);
                if (!organizations.mayChange(stored)) {
                    throw new AccessDeniedException("May not change " + stored.getName());
                }
                organization = OrganizationData.of(stored);
                history = audit.historyOf("Organization", id);
            }
        });
    }

    public String save() {
        boolean saved = pageActions.submit("organization", PAGE, this::createOrUpdate);
        if (!saved) {
            return null;
        }
        messages.flash(PAGE + ".saved", organization.getName());
        return "/organizations/list?faces-redirect=true";
    }

    private void createOrUpdate() {
        if (id == null) {
            organizations.create(organization);
        } else {
            organizations.update(id, organization);
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public OrganizationData getOrganization() {
        return organization;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public List<OrganizationKind> getKinds() {
        return List.of(OrganizationKind.values());
    }
}
