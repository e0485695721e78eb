package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cofile.web.rest.AnswersViews.DeclarationView;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.answers.AnswersService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public vote pre-declarations, for anyone and without a token: investors say in public how they will vote, so
 * that others may follow. The newest first, of one company ({@code companyId}) or of all.
 */
@Path("/public/declarations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
public class PublicDeclarationsResource {

    @Inject
    private AnswersService answers;

    @GET
    public List<DeclarationView> list(@QueryParam("companyId") String companyId) {
        var fields = new RequestFields();
        var company = fields.optionalCount("companyId", companyId);
        fields.verify();
        return answers.publicDeclarations(company).stream()
                .map(DeclarationView::of)
                .toList();
    }
}
