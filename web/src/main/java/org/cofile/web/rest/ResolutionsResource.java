package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.domain.resolution.ReviewAction;
import org.cofile.domain.resolution.StaleVersionException;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.answers.AnswersService;
import org.cofile.workflow.answers.DialogueService;
import org.cofile.workflow.answers.WithdrawalService;
import org.cofile.workflow.cofiling.CoFilingService;
import org.cofile.workflow.export.ResolutionReportService;
import org.cofile.workflow.resolution.ResolutionFilter;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.resolution.VersionDiff;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Resolutions of the caller's coalitions: drafting with versions, review comments and transitions, and the timeline.
 * A resolution of another coalition is 404; an action the caller may not take is 403; one the state does not allow,
 * or a save from an older version, is 409.
 */
@Path("/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
@SecurityRequirement(name = "apiToken")
public class ResolutionsResource {

    @Inject
    private ResolutionService resolutions;

    @Inject
    private CoFilingService coFiling;

    @Inject
    private AnswersService answers;

    @Inject
    private ResolutionReportService reports;

    @Inject
    private DialogueService dialogues;

    @Inject
    private WithdrawalService withdrawals;

    /**
     * After filing: the company's deficiency notices and no-action requests, the meeting's outcome and the vote, under
     * {@code /{id}/deficiency-notices}, {@code /no-action-requests}, {@code /meeting-outcome} and {@code /vote-result}.
     */
    @Path("/{id}")
    public AnswersResource answers(@PathParam("id") long id) {
        return new AnswersResource(answers, dialogues, withdrawals, id);
    }

    /** The co-filers: who files with the lead filer, their holdings, letters and readiness. */
    @Path("/{id}/cofilers")
    public CoFilersResource coFilers(@PathParam("id") long id) {
        return new CoFilersResource(coFiling, id);
    }

    /** The day the lead filer plans to submit: holdings and the engagement window are checked against it. */
    @PUT
    @Path("/{id}/filing-plan")
    public ResolutionView planSubmission(@PathParam("id") long id, CoFilingRequests.Plan body) {
        var fields = new RequestFields();
        var on = fields.requiredDate(
                "plannedSubmissionOn", ApiInput.required(body).plannedSubmissionOn());
        fields.verify();
        coFiling.planSubmission(id, on);
        return ResolutionView.of(resolutions.get(id));
    }

    /** Files the resolution, dropping the co-filers named with a reason each; every proponent left must be verified. */
    @POST
    @Path("/{id}/filing")
    public ResolutionView file(@PathParam("id") long id, CoFilingRequests.Filing body) {
        var filing = ApiInput.required(body);
        var fields = new RequestFields();
        var submitted = filing.submitted(fields);
        var method = filing.method(fields);
        var drops = filing.drops(fields);
        fields.verify();
        coFiling.file(id, submitted, method, drops);
        return ResolutionView.of(resolutions.get(id));
    }

    /** The company's acknowledgement of receipt: {@code receivedOn} and the evidence as a PDF {@code file}. */
    @POST
    @Path("/{id}/filing/acknowledgement")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response acknowledge(@PathParam("id") long id, List<EntityPart> parts) {
        var fields = new RequestFields();
        var receivedOn = fields.requiredDate("receivedOn", Uploads.field(parts, "receivedOn"));
        fields.verify();
        var document = coFiling.acknowledgeReceipt(
                id, receivedOn, Uploads.fileName(parts, "file"), Uploads.file(parts, "file"));
        return Response.created(URI.create("documents/" + document.getId()))
                .entity(CoFilerView.DocumentView.of(document))
                .build();
    }

    /** The filing package as one PDF: cover letter, proposal, proponents and statements, the letters appended. */
    @GET
    @Path("/{id}/filing-package")
    @Produces({"application/pdf", "application/problem+json"})
    public Response filingPackage(@PathParam("id") long id) {
        return Pdfs.attachment(coFiling.filingPackage(id), "filing-package-" + id + ".pdf");
    }

    /** The list narrowed as {@code GET /api/resolutions} narrows it, with states and results, as a file to keep. */
    @GET
    @Path("/export")
    @Produces({ResolutionExports.CSV, ResolutionExports.XLSX, ResolutionExports.PDF, "application/problem+json"})
    public Response export(
            @QueryParam("format") String format,
            @QueryParam("state") String state,
            @QueryParam("companyId") String companyId,
            @QueryParam("coalitionId") String coalitionId,
            @QueryParam("meetingId") String meetingId,
            @QueryParam("kind") String kind,
            @QueryParam("q") String q) {
        var errors = new LinkedHashMap<String, String>();
        var filter = filter(state, companyId, coalitionId, meetingId, kind, q, errors);
        var chosen = ResolutionExports.Format.of(format);
        if (chosen.isEmpty()) {
            errors.put("format", "Choose csv, xlsx or pdf.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ResolutionExports.response(reports, chosen.get(), filter);
    }

    private static ResolutionFilter filter(
            String state,
            String companyId,
            String coalitionId,
            String meetingId,
            String kind,
            String q,
            Map<String, String> errors) {
        return new ResolutionFilter(
                ApiInput.optional(state, "state", ResolutionState.class, errors),
                id(companyId, "companyId", errors),
                id(coalitionId, "coalitionId", errors),
                ApiInput.optional(kind, "kind", ResolutionKind.class, errors),
                id(meetingId, "meetingId", errors),
                q);
    }

    @GET
    public PageView<ResolutionSummaryView> list(
            @QueryParam("first") @DefaultValue("0") String first,
            @QueryParam("size") @DefaultValue("20") String size,
            @QueryParam("sort") String sort,
            @QueryParam("state") String state,
            @QueryParam("companyId") String companyId,
            @QueryParam("coalitionId") String coalitionId,
            @QueryParam("meetingId") String meetingId,
            @QueryParam("kind") String kind,
            @QueryParam("q") String q) {
        var errors = new LinkedHashMap<String, String>();
        var filter = filter(state, companyId, coalitionId, meetingId, kind, q, errors);
        var request = Paging.request(first, size, sort, q == null ? Map.of() : Map.of("q", q));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var page = resolutions.list(request, filter);
        return new PageView<>(
                page.rows().stream().map(ResolutionSummaryView::of).toList(),
                page.total(),
                request.first(),
                request.size());
    }

    @POST
    public Response create(ResolutionRequest body, @Context UriInfo uri) {
        var created = resolutions.create(ApiInput.required(body).toData());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(ResolutionView.of(resolutions.get(created.getId())))
                .build();
    }

    @GET
    @Path("/{id}")
    public ResolutionView get(@PathParam("id") long id) {
        return ResolutionView.of(resolutions.get(id));
    }

    /** Saves a new version; a stale {@code version} answers 409 with the current resolution in {@code current}. */
    @PUT
    @Path("/{id}")
    public Response save(@PathParam("id") long id, ResolutionRequest body) {
        try {
            resolutions.revise(id, ApiInput.required(body).toData());
        } catch (StaleVersionException e) {
            return StaleVersionProblem.response(e.getMessage(), ResolutionView.of(resolutions.get(id)));
        }
        return Response.ok(ResolutionView.of(resolutions.get(id))).build();
    }

    @GET
    @Path("/{id}/versions")
    public List<VersionView> versions(@PathParam("id") long id) {
        return resolutions.versions(id).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("/{id}/versions/{number}")
    public VersionView version(@PathParam("id") long id, @PathParam("number") int number) {
        return VersionView.of(resolutions.version(id, number));
    }

    /** The word-by-word difference between versions {@code from} and {@code to}. */
    @GET
    @Path("/{id}/diff")
    public VersionDiff diff(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        var errors = new LinkedHashMap<String, String>();
        var older = number(from, "from", errors);
        var newer = number(to, "to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return resolutions.diff(id, older, newer);
    }

    @GET
    @Path("/{id}/comments")
    public List<CommentView> comments(@PathParam("id") long id) {
        return resolutions.comments(id).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("/{id}/comments")
    public Response comment(@PathParam("id") long id, CommentRequest body, @Context UriInfo uri) {
        var request = ApiInput.required(body);
        var comment = resolutions.comment(id, request.versionNumber(), request.text());
        return Response.status(Response.Status.CREATED)
                .entity(CommentView.of(comment))
                .build();
    }

    @POST
    @Path("/{id}/transitions")
    public ResolutionView transition(@PathParam("id") long id, TransitionRequest body) {
        var request = ApiInput.required(body);
        var action = ApiInput.required(request.action(), "action", ReviewAction.class);
        return ResolutionView.of(resolutions.perform(id, action, request.reason()));
    }

    @GET
    @Path("/{id}/timeline")
    public List<TimelineEntryView> timeline(@PathParam("id") long id) {
        return resolutions.timeline(id).stream().map(TimelineEntryView::of).toList();
    }

    private static Long id(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Bounds.parseCount(value, field);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
            return null;
        }
    }

    private static int number(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Give a version number.");
            return 0;
        }
        var number = id(value, field, errors);
        if (number != null && number > Integer.MAX_VALUE) {
            errors.put(field, "There is no such version.");
            return 0;
        }
        return number == null ? 0 : number.intValue();
    }
}
