package org.cofile.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.audit.AuditAction;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.web.shared.Requests;
import org.cofile.web.shared.ServiceLazyModel;
import org.cofile.workflow.audit.AuditService;
import org.cofile.workflow.shared.AccessDeniedException;

/** The coalition's audit trail ({@code admin/audit.xhtml}), paged, sorted and filtered by the database. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private ServiceLazyModel<AuditEntry> model;
    private List<String> entityTypes = List.of();

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(audit::list, AuditEntry::getId);
    }

    /**
     * Runs before the first render. web.xml already keeps /admin/ to coalition admins; the service checks again, and
     * if that ever disagrees the page answers 403 rather than failing.
     */
    public void load() {
        try {
            entityTypes = audit.entityTypes();
        } catch (AccessDeniedException e) {
            Requests.refuse(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    public ServiceLazyModel<AuditEntry> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }
}
