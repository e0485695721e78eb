package org.cofile.web.organizations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.organization.OrganizationPolicy;
import org.cofile.web.shared.ServiceLazyModel;
import org.cofile.workflow.organization.OrganizationService;
import org.cofile.workflow.shared.Caller;

/** The organization list, paged, sorted and filtered by the database. */
@Named
@ViewScoped
public class OrganizationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganizationService organizations;

    @Inject
    private Caller caller;

    private ServiceLazyModel<Organization> model;
    private Access access;

    @PostConstruct
    void init() {
        model = ServiceLazyModel.of(organizations::list);
        access = caller.access();
    }

    public boolean isMayCreate() {
        return OrganizationPolicy.mayCreate(access);
    }

    public boolean mayChange(Organization organization) {
        return OrganizationPolicy.mayChange(access, organization);
    }

    public ServiceLazyModel<Organization> getModel() {
        return model;
    }

    public List<OrganizationKind> getKinds() {
        return List.of(OrganizationKind.values());
    }
}
