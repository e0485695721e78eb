package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cofile.web.rest.AnswersViews.CommitmentView;
import org.cofile.workflow.answers.AnswersService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's commitment, followed up by its id: whether it was kept, on evidence. */
@Path("/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
@SecurityRequirement(name = "apiToken")
public class CommitmentsResource {

    @Inject
    private AnswersService answers;

    @PUT
    @Path("/{id}")
    public CommitmentView assess(@PathParam("id") long id, AnswersRequests.Assessment body) {
        var in = ApiInput.required(body).parse();
        return CommitmentView.of(
                answers.assessCommitment(id, in.status(), in.evidence()), LocalDate.now(ZoneOffset.UTC));
    }
}
