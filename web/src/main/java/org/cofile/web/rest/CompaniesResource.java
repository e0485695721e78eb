package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.company.CompanyData;
import org.cofile.workflow.company.CompanyService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The companies the coalition files at. */
@Path("/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
@SecurityRequirement(name = "apiToken")
public class CompaniesResource {

    @Inject
    private CompanyService companies;

    @GET
    public PageView<CompanyView> list(
            @QueryParam("first") @DefaultValue("0") String first,
            @QueryParam("size") @DefaultValue("20") String size,
            @QueryParam("sort") String sort,
            @QueryParam("name") String name,
            @QueryParam("ticker") String ticker) {
        var filters = new HashMap<String, String>();
        if (name != null) {
            filters.put("name", name);
        }
        if (ticker != null) {
            filters.put("ticker", ticker);
        }
        var request = Paging.request(first, size, sort, filters);
        var page = companies.list(request);
        return new PageView<>(
                page.rows().stream().map(CompanyView::of).toList(), page.total(), request.first(), request.size());
    }

    @GET
    @Path("/{id}")
    public CompanyView get(@PathParam("id") long id) {
        return CompanyView.of(companies.get(id));
    }

    /** The company's recorded annual meetings, latest first. */
    @GET
    @Path("/{id}/meetings")
    public List<MeetingView> meetings(@PathParam("id") long id) {
        return companies.meetingsOf(id).stream().map(MeetingView::of).toList();
    }

    /** Records an annual meeting: {@code meetingDate}, and if known the proxy release and the announced deadline. */
    @POST
    @Path("/{id}/meetings")
    public Response scheduleMeeting(@PathParam("id") long id, MeetingRequest body, @Context UriInfo uri) {
        var fields = new RequestFields();
        var request = ApiInput.required(body);
        var date = fields.requiredDate("meetingDate", request.meetingDate());
        var release = fields.optionalDate("proxyReleaseDate", request.proxyReleaseDate());
        var announced = fields.optionalDate("announcedProposalDeadline", request.announcedProposalDeadline());
        fields.verify();
        var meeting = companies.scheduleMeeting(id, date, release, announced);
        return Response.created(uri.getAbsolutePathBuilder().build())
                .entity(MeetingView.of(meeting))
                .build();
    }

    /** A meeting to record; dates as ISO text. */
    public record MeetingRequest(String meetingDate, String proxyReleaseDate, String announcedProposalDeadline) {}

    @POST
    public Response create(@NotNull @Valid CompanyData data, @Context UriInfo uri) {
        var created = companies.create(data);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(CompanyView.of(created))
                .build();
    }

    @PUT
    @Path("/{id}")
    public CompanyView update(@PathParam("id") long id, @NotNull @Valid CompanyData data) {
        return CompanyView.of(companies.update(id, data));
    }
}
