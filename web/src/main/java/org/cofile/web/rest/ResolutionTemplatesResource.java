package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cofile.workflow.resolution.ResolutionService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The templates a new draft can start from. */
@Path("/resolution-templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
@SecurityRequirement(name = "apiToken")
public class ResolutionTemplatesResource {

    @Inject
    private ResolutionService resolutions;

    @GET
    public List<TemplateView> list() {
        return resolutions.templates().stream().map(TemplateView::of).toList();
    }
}
