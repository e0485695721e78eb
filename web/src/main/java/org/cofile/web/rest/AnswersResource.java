package org.cofile.web.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cofile.web.rest.AnswersViews.BoardResponseView;
import org.cofile.web.rest.AnswersViews.CommitmentView;
import org.cofile.web.rest.AnswersViews.DeclarationView;
import org.cofile.web.rest.AnswersViews.DeficiencyNoticeView;
import org.cofile.web.rest.AnswersViews.DialogueView;
import org.cofile.web.rest.AnswersViews.MeetingOutcomeView;
import org.cofile.web.rest.AnswersViews.NoActionRequestView;
import org.cofile.web.rest.AnswersViews.WithdrawalView;
import org.cofile.workflow.answers.AnswersService;
import org.cofile.workflow.answers.DialogueService;
import org.cofile.workflow.answers.WithdrawalService;
import org.cofile.workflow.shared.NotFoundException;

/**
 * The company's answers to one filed resolution and its meeting, under {@code /api/resolutions/{id}}: reached through
 * {@link ResolutionsResource}, so that one resource class answers every path under {@code /resolutions}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnswersResource {

    private final AnswersService answers;
    private final DialogueService dialogues;
    private final WithdrawalService withdrawals;
    private final long resolutionId;

    AnswersResource(
            AnswersService answers, DialogueService dialogues, WithdrawalService withdrawals, long resolutionId) {
        this.answers = answers;
        this.dialogues = dialogues;
        this.withdrawals = withdrawals;
        this.resolutionId = resolutionId;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @GET
    @Path("/deficiency-notices")
    public List<DeficiencyNoticeView> deficiencyNotices() {
        var today = today();
        return answers.deficiencyNotices(resolutionId).stream()
                .map(n -> DeficiencyNoticeView.of(n, today))
                .toList();
    }

    /** A deficiency notice as the lead filer received it; the answer carries both 14-day clocks. */
    @POST
    @Path("/deficiency-notices")
    public Response recordDeficiencyNotice(AnswersRequests.Notice body) {
        var in = ApiInput.required(body).parse();
        var notice = answers.recordDeficiencyNotice(
                resolutionId,
                in.proposalReceivedOn(),
                in.noticeSentOn(),
                in.noticeReceivedOn(),
                in.deficiencies(),
                in.details());
        return Response.created(URI.create("resolutions/" + resolutionId + "/deficiency-notices/" + notice.getNumber()))
                .entity(DeficiencyNoticeView.of(notice, today()))
                .build();
    }

    @POST
    @Path("/deficiency-notices/{number}/cure")
    public DeficiencyNoticeView cure(@PathParam("number") int number, AnswersRequests.Cure body) {
        var cure = ApiInput.required(body);
        return DeficiencyNoticeView.of(answers.cure(resolutionId, number, cure.sent(), cure.note()), today());
    }

    @GET
    @Path("/no-action-requests")
    public List<NoActionRequestView> noActionRequests() {
        return answers.noActionRequests(resolutionId).stream()
                .map(NoActionRequestView::of)
                .toList();
    }

    /** A no-action request; the answer says whether it came 80 days before the proxy, the rule set and posture. */
    @POST
    @Path("/no-action-requests")
    public Response requestNoAction(AnswersRequests.NoAction body) {
        var in = ApiInput.required(body).parse();
        var request = answers.requestNoAction(resolutionId, in.filedOn(), in.definitiveProxyDate(), in.grounds());
        return Response.created(
                        URI.create("resolutions/" + resolutionId + "/no-action-requests/" + request.getNumber()))
                .entity(NoActionRequestView.of(request))
                .build();
    }

    @PUT
    @Path("/no-action-requests/{number}/response")
    public NoActionRequestView answerNoAction(@PathParam("number") int number, AnswersRequests.StaffResponse body) {
        var in = ApiInput.required(body).parse();
        return NoActionRequestView.of(answers.answerNoAction(resolutionId, number, in.outcome(), in.on()));
    }

    /** Asks the staff to reconsider its answer. */
    @POST
    @Path("/no-action-requests/{number}/reconsideration")
    public NoActionRequestView requestReconsideration(
            @PathParam("number") int number, AnswersRequests.Reconsideration body) {
        var on = ApiInput.required(body).parse();
        return NoActionRequestView.of(answers.requestReconsideration(resolutionId, number, on));
    }

    /** The staff's answer to reconsideration; {@code CHANGED} replaces its answer with {@code changedTo}. */
    @PUT
    @Path("/no-action-requests/{number}/reconsideration")
    public NoActionRequestView answerReconsideration(
            @PathParam("number") int number, AnswersRequests.ReconsiderationAnswer body) {
        var in = ApiInput.required(body).parse();
        return NoActionRequestView.of(
                answers.answerReconsideration(resolutionId, number, in.outcome(), in.changedTo(), in.on()));
    }

    @GET
    @Path("/meeting-outcome")
    public MeetingOutcomeView meetingOutcome() {
        return MeetingOutcomeView.of(answers.page(resolutionId));
    }

    @PUT
    @Path("/meeting-outcome")
    public MeetingOutcomeView recordMeetingOutcome(AnswersRequests.Outcome body) {
        var in = ApiInput.required(body).parse();
        return MeetingOutcomeView.of(answers.recordMeetingOutcome(
                resolutionId, in.itemNumber(), in.presented(), in.presenter(), in.goodCause()));
    }

    /** The company's statement in opposition; the answer says whether it came 30 days before the proxy (14a-8(m)). */
    @PUT
    @Path("/opposition-statement")
    public MeetingOutcomeView recordOppositionStatement(AnswersRequests.Opposition body) {
        var in = ApiInput.required(body).parse();
        return MeetingOutcomeView.of(
                answers.recordOppositionStatement(resolutionId, in.receivedOn(), in.definitiveProxyDate()));
    }

    /** The vote; the answer carries both support figures from the engine, labelled. */
    @PUT
    @Path("/vote-result")
    public MeetingOutcomeView recordVote(AnswersRequests.VoteResult body) {
        var vote = ApiInput.required(body);
        if (vote.isReported()) {
            var reported = vote.reported();
            return MeetingOutcomeView.of(answers.recordReportedSupport(
                    resolutionId, reported.percent(), reported.basis(), reported.source()));
        }
        return MeetingOutcomeView.of(answers.recordVote(resolutionId, vote.counts(), vote.source()));
    }

    /** The board's answer to a board-review resolution; every part optional, as it becomes known. */
    @GET
    @Path("/board-review")
    public BoardResponseView boardResponse() {
        return BoardResponseView.of(answers.page(resolutionId).boardResponse());
    }

    @PUT
    @Path("/board-review")
    public BoardResponseView recordBoardResponse(AnswersRequests.BoardReview body) {
        var in = ApiInput.required(body).parse();
        return BoardResponseView.of(answers.recordBoardResponse(
                        resolutionId,
                        in.reviewCommissioned(),
                        in.reviewer(),
                        in.independent(),
                        in.scope(),
                        in.conclusion(),
                        in.publishedOn(),
                        in.publishedAt())
                .boardResponse());
    }

    @GET
    @Path("/commitments")
    public List<CommitmentView> commitments() {
        var today = today();
        return answers.commitments(resolutionId).stream()
                .map(c -> CommitmentView.of(c, today))
                .toList();
    }

    /** A commitment of the company, with the day it is due; {@code PUT /api/commitments/{id}} follows it up. */
    @POST
    @Path("/commitments")
    public Response addCommitment(AnswersRequests.NewCommitment body) {
        var in = ApiInput.required(body).parse();
        var commitment =
                answers.addCommitment(resolutionId, in.text(), in.madeOn(), in.dueOn(), in.origin(), in.dialogueId());
        return Response.created(URI.create("commitments/" + commitment.getId()))
                .entity(CommitmentView.of(commitment, today()))
                .build();
    }

    /** The company withdraws its request, once every proponent has withdrawn the proposal (SLB 14F). */
    @POST
    @Path("/no-action-requests/{number}/withdrawal")
    public NoActionRequestView withdrawNoAction(
            @PathParam("number") int number, AnswersRequests.RequestWithdrawal body) {
        var on = ApiInput.required(body).parse();
        return NoActionRequestView.of(answers.withdrawNoAction(resolutionId, number, on));
    }

    /** The proponents' meetings, calls and letters with the company, oldest first. */
    @GET
    @Path("/dialogues")
    public List<DialogueView> dialogues() {
        return dialogues.dialogues(resolutionId).stream().map(DialogueView::of).toList();
    }

    @POST
    @Path("/dialogues")
    public Response recordDialogue(AnswersRequests.Dialogue body) {
        var in = ApiInput.required(body).parse();
        var entry = dialogues.record(
                resolutionId, in.heldOn(), in.kind(), in.companyParticipants(), in.proponentParticipants(), in.notes());
        return Response.created(URI.create("resolutions/" + resolutionId + "/dialogues"))
                .entity(DialogueView.of(entry))
                .build();
    }

    /** The withdrawal of the proposal and whose word it still awaits; 404 while none is recorded. */
    @GET
    @Path("/withdrawal")
    public WithdrawalView withdrawal() {
        return withdrawals
                .find(resolutionId)
                .map(WithdrawalView::of)
                .orElseThrow(() -> new NotFoundException("Withdrawal of resolution", resolutionId));
    }

    /** The lead filer proposes the withdrawal, with the agreement if there is one, and gives its own word. */
    @POST
    @Path("/withdrawal")
    public Response proposeWithdrawal(AnswersRequests.Withdrawal body) {
        var in = ApiInput.required(body).parse();
        var state = withdrawals.propose(resolutionId, in.withAgreement(), in.terms(), in.agreedOn(), in.on());
        return Response.created(URI.create("resolutions/" + resolutionId + "/withdrawal"))
                .entity(WithdrawalView.of(state))
                .build();
    }

    /** A proponent's word that it withdraws: the caller's organization's. */
    @POST
    @Path("/withdrawal/consents")
    public WithdrawalView consent(AnswersRequests.Consent body) {
        var on = ApiInput.required(body).parse();
        return WithdrawalView.of(withdrawals.consent(resolutionId, on));
    }

    /** The declarations the caller may read: the coalition's and the public ones. */
    @GET
    @Path("/declarations")
    public List<DeclarationView> declarations() {
        return answers.declarations(resolutionId).stream()
                .map(DeclarationView::of)
                .toList();
    }

    /** How the caller's organization will vote; declaring again replaces it, until the meeting. */
    @POST
    @Path("/declarations")
    public DeclarationView declare(AnswersRequests.Declaration body) {
        var in = ApiInput.required(body).parse();
        return DeclarationView.of(
                answers.declare(resolutionId, in.vote(), in.rationale(), in.shares(), in.visibility()));
    }
}
