package org.cofile.web.resolutions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cofile.domain.answers.VoteDeclaration;
import org.cofile.workflow.answers.AnswersService;
import org.omnifaces.util.Faces;

/**
 * The public page of vote pre-declarations ({@code declarations.xhtml}, no sign-in): the newest public ones, of the
 * company named by {@code companyId} or of all. A {@code companyId} that is no number lists none rather than all.
 */
@Named
@RequestScoped
public class PublicDeclarationsBacking {

    @Inject
    private AnswersService answers;

    private List<VoteDeclaration> declarations;

    public List<VoteDeclaration> getDeclarations() {
        if (declarations == null) {
            var company = Faces.getRequestParameter("companyId");
            if (company == null || company.isBlank()) {
                declarations = answers.publicDeclarations(null);
            } else {
                declarations = company.strip().matches("\\d{1,15}")
                        ? answers.publicDeclarations(Long.parseLong(company.strip()))
                        : List.of();
            }
        }
        return declarations;
    }
}
