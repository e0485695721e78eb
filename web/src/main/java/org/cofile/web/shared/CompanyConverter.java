package org.cofile.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.cofile.domain.company.Company;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.company.CompanyService;
import org.cofile.workflow.shared.PageRequest;

/**
 * A company chosen by name in an auto-complete ({@code converter="#{companyConverter}"}): the page carries its id, and
 * an id that names no company is refused beside the field. The suggestions are the first companies whose name holds
 * what was typed, so the choice works with thousands of companies.
 */
@Named
@ApplicationScoped
public class CompanyConverter implements Converter<Company> {

    /** Suggestions shown for what was typed. */
    static final int SUGGESTIONS = 20;

    @Inject
    private CompanyService companies;

    @Inject
    private Messages messages;

    /** The companies whose name holds {@code typed}, by name. */
    public List<Company> complete(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        var filter = typed.strip();
        return companies
                .list(new PageRequest(0, SUGGESTIONS, "name", true, Map.of("name", filter)))
                .rows();
    }

    @Override
    public Company getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return companies.find(Long.parseLong(value.strip())).orElseThrow(this::refused);
        } catch (NumberFormatException e) {
            throw refused();
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Company company) {
        return company == null || company.getId() == null ? "" : company.getId().toString();
    }

    private ConverterException refused() {
        var text = messages.text("converter.company");
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
