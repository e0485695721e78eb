package org.cofile.web.companies;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cofile.domain.company.Company;
import org.cofile.web.shared.ServiceLazyModel;
import org.cofile.workflow.company.CompanyService;

/** The company list, paged, sorted and filtered by the database. */
@Named
@ViewScoped
public class CompaniesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompanyService companies;

    private ServiceLazyModel<Company> model;

    @PostConstruct
    void init() {
        model = ServiceLazyModel.of(companies::list);
    }

    public ServiceLazyModel<Company> getModel() {
        return model;
    }
}
