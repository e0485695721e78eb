package org.cofile.web.rest.rules;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cofile.domain.rules.FilingRules;
import org.cofile.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The filing rules, public: anyone may ask whether a proponent is eligible, when the deadline falls, whether a
 * no-action request is in time, how many words a proposal has, what support a vote gave and whether a resubmission may
 * be excluded. Every answer carries the rule set, the citation and an explanation.
 */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Filing rules", description = "Public checks of the filing rules; no token needed.")
@APIResponse(
        responseCode = "400",
        description = "A field is missing or wrong; errors maps each field (holdings[0].shares) to its message.",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class RulesResource {

    // Stateless and thread-safe: one engine for every request.
    private static final FilingRules RULES = new FilingRules();

    @POST
    @Path("/eligibility")
    @Operation(
            summary = "Is the proponent eligible to file for the meeting?",
            description = "Tests the holdings against the thresholds of the rule set in force on the meeting date and"
                    + " lists what is still missing.")
    @APIResponse(
            responseCode = "200",
            description = "The verdict",
            content = @Content(schema = @Schema(implementation = EligibilityView.class)))
    public EligibilityView eligibility(EligibilityRequest request) {
        var query = RequestFields.body(request).toQuery();
        return EligibilityView.of(RequestFields.translated(() -> RULES.eligibility(query)));
    }

    @POST
    @Path("/deadlines")
    @Operation(
            summary = "When must the submission reach the company?",
            description = "US 14a-8(e)(2): 120 calendar days before the anniversary of last year's proxy release, or a"
                    + " reasonable time when the meeting moved by more than 30 days.")
    @APIResponse(
            responseCode = "200",
            description = "The deadline",
            content = @Content(schema = @Schema(implementation = DeadlineView.class)))
    public DeadlineView deadlines(DeadlineRequest request) {
        var query = RequestFields.body(request).toQuery();
        return DeadlineView.of(RequestFields.translated(() -> RULES.submissionDeadline(query)));
    }

    @POST
    @Path("/no-action-timing")
    @Operation(
            summary = "Is the company's no-action request in time?",
            description = "14a-8(j)(1): no later than 80 calendar days before the definitive proxy is filed.")
    @APIResponse(
            responseCode = "200",
            description = "The verdict",
            content = @Content(schema = @Schema(implementation = NoActionTimingView.class)))
    public NoActionTimingView noActionTiming(NoActionTimingRequest request) {
        var dates = RequestFields.body(request).toDates();
        return NoActionTimingView.of(
                RequestFields.translated(() -> RULES.noActionTiming(dates.request(), dates.definitiveProxy())));
    }

    @POST
    @Path("/word-count")
    @Operation(
            summary = "How many words, against the limit?",
            description = "Counts as a reader would; US 14a-8(d) allows 500 words for a proposal with its statement.")
    @APIResponse(
            responseCode = "200",
            description = "The count",
            content = @Content(schema = @Schema(implementation = WordCountView.class)))
    public WordCountView wordCount(WordCountRequest request) {
        var in = RequestFields.body(request).parse();
        return WordCountView.of(RequestFields.translated(() -> in.meetingDate() == null
                ? RULES.wordCount(in.jurisdiction(), in.kind(), in.text())
                : RULES.wordCount(in.jurisdiction(), in.meetingDate(), in.kind(), in.text())));
    }

    @POST
    @Path("/vote-result")
    @Operation(
            summary = "What support did the proposal get?",
            description = "By the SEC formula for ÷ (for + against) and by the company's for ÷ (for + against +"
                    + " abstain); broker non-votes count in neither.")
    @APIResponse(
            responseCode = "200",
            description = "The support",
            content = @Content(schema = @Schema(implementation = VoteResultView.class)))
    public VoteResultView voteResult(VoteResultRequest request) {
        var counts = RequestFields.body(request).toCounts();
        return VoteResultView.of(RequestFields.translated(() -> RULES.voteResult(counts)));
    }

    @POST
    @Path("/resubmission")
    @Operation(
            summary = "May the company exclude the resubmission?",
            description = "14a-8(i)(12): thresholds by the number of votes in the preceding 5 calendar years.")
    @APIResponse(
            responseCode = "200",
            description = "The verdict",
            content = @Content(schema = @Schema(implementation = ResubmissionView.class)))
    public ResubmissionView resubmission(ResubmissionRequest request) {
        var query = RequestFields.body(request).toQuery();
        return ResubmissionView.of(RequestFields.translated(() -> RULES.resubmission(query)));
    }
}
