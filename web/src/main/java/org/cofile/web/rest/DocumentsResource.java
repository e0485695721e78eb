package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.cofile.workflow.cofiling.CoFilingService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The letters uploaded for filings, served as PDF to those who may see them; to anyone else they do not exist. */
@Path("/documents")
@Tag(name = "Co-filing")
@SecurityRequirement(name = "apiToken")
public class DocumentsResource {

    @Inject
    private CoFilingService coFiling;

    @GET
    @Path("/{id}")
    @Produces({"application/pdf", "application/problem+json"})
    public Response get(@PathParam("id") long id) {
        var download = coFiling.document(id);
        return Pdfs.attachment(download.bytes(), download.fileName());
    }
}
