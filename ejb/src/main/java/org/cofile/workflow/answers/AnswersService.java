package org.cofile.workflow.answers;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.answers.AnswersPolicy;
import org.cofile.domain.answers.BoardResponse;
import org.cofile.domain.answers.Commitment;
import org.cofile.domain.answers.CommitmentOrigin;
import org.cofile.domain.answers.CommitmentStatus;
import org.cofile.domain.answers.DeclarationVisibility;
import org.cofile.domain.answers.DeclaredVote;
import org.cofile.domain.answers.DeficiencyCode;
import org.cofile.domain.answers.DeficiencyNotice;
import org.cofile.domain.answers.DialogueEntry;
import org.cofile.domain.answers.ExclusionGround;
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.answers.NoActionRequest;
import org.cofile.domain.answers.ProposalWithdrawal;
import org.cofile.domain.answers.ReconsiderationOutcome;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.answers.VoteDeclaration;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.TimelineKind;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;

/**
 * Records what the company answers to a filed resolution and what happened at the meeting, each with its timeline
 * entry; the domain checks every date and figure and the engine gives every clock.
 */
@Stateless
public class AnswersService {

    private static final FilingRules RULES = new FilingRules();

    /** The public page and API show the newest; a company's own page narrows them to that company. */
    public static final int PUBLIC_DECLARATIONS_SHOWN = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private FiledResolutions filed;

    /** Everything the resolution's "after filing" page shows. */
    public AnswersPage page(long resolutionId) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        var outcome = outcomeOf(resolutionId);
        return new AnswersPage(
                resolution,
                deficiencyNoticesOf(resolutionId),
                noActionRequestsOf(resolutionId),
                outcome,
                outcome == null ? null : outcome.result(RULES).orElse(null),
                outcome == null ? null : outcome.noShowBar(RULES).orElse(null),
                outcome == null ? null : outcome.oppositionClock(RULES).orElse(null),
                boardResponseOf(resolutionId),
                commitmentsOf(resolutionId),
                declarationsOf(resolutionId, access),
                AnswersPolicy.mayRecord(access, resolution),
                AnswersPolicy.mayDeclare(access, resolution));
    }

    /** The cures the caller's organization owes and whose day has passed: the dashboard flags them. */
    public List<DeficiencyNotice> overdueCures() {
        var access = caller.access();
        var today = today();
        return em
                .createNamedQuery("DeficiencyNotice.listOverdueOfOrganization", DeficiencyNotice.class)
                .setParameter("today", today)
                .setParameter("organization", access.organizationId())
                .getResultList()
                .stream()
                .filter(n -> n.isCureOverdue(today) && AnswersPolicy.maySee(access, n.getResolution()))
                .toList();
    }

    public List<DeficiencyNotice> deficiencyNotices(long resolutionId) {
        visible(resolutionId, caller.access());
        return deficiencyNoticesOf(resolutionId);
    }

    public List<NoActionRequest> noActionRequests(long resolutionId) {
        visible(resolutionId, caller.access());
        return noActionRequestsOf(resolutionId);
    }

    public DeficiencyNotice recordDeficiencyNotice(
            long resolutionId,
            LocalDate proposalReceivedOn,
            LocalDate noticeSentOn,
            LocalDate noticeReceivedOn,
            Collection<DeficiencyCode> deficiencies,
            String details) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        var notice = new DeficiencyNotice(
                resolution,
                deficiencyNoticesOf(resolutionId).size() + 1,
                proposalReceivedOn,
                noticeSentOn,
                noticeReceivedOn,
                deficiencies,
                details,
                today(),
                RULES,
                now());
        em.persist(notice);
        timeline(resolution, TimelineKind.DEFICIENCY_NOTICED, "notice " + notice.getNumber(), access);
        return notice;
    }

    public DeficiencyNotice cure(long resolutionId, int number, LocalDate sentOn, String note) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        var notice = deficiencyNoticesOf(resolutionId).stream()
                .filter(n -> n.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Deficiency notice", number));
        notice.cure(sentOn, note, today(), now());
        timeline(resolution, TimelineKind.DEFICIENCY_CURED, "notice " + number, access);
        return notice;
    }

    public NoActionRequest requestNoAction(
            long resolutionId, LocalDate filedOn, LocalDate definitiveProxyDate, Collection<ExclusionGround> grounds) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        var request = new NoActionRequest(
                resolution,
                noActionRequestsOf(resolutionId).size() + 1,
                filedOn,
                definitiveProxyDate,
                grounds,
                today(),
                RULES,
                now());
        em.persist(request);
        timeline(resolution, TimelineKind.NO_ACTION_REQUESTED, "request " + request.getNumber(), access);
        return request;
    }

    public NoActionRequest answerNoAction(long resolutionId, int number, StaffOutcome outcome, LocalDate on) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        var request = noActionRequest(resolutionId, number);
        request.answer(outcome, on, today(), now());
        timeline(resolution, TimelineKind.STAFF_ANSWERED, "request " + number + ": " + outcome, access);
        return request;
    }

    /** Asks the staff to reconsider its answer to request {@code number}. */
    public NoActionRequest requestReconsideration(long resolutionId, int number, LocalDate on) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        var request = noActionRequest(resolutionId, number);
        request.requestReconsideration(on, today(), now());
        timeline(resolution, TimelineKind.RECONSIDERATION_REQUESTED, "request " + number, access);
        return request;
    }

    public NoActionRequest answerReconsideration(
            long resolutionId, int number, ReconsiderationOutcome outcome, StaffOutcome changedTo, LocalDate on) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        var request = noActionRequest(resolutionId, number);
        request.answerReconsideration(outcome, changedTo, on, today(), now());
        timeline(
                resolution,
                TimelineKind.RECONSIDERATION_ANSWERED,
                "request " + number + ": " + outcome
                        + (outcome == ReconsiderationOutcome.CHANGED ? " to " + changedTo : ""),
                access);
        return request;
    }

    public AnswersPage recordMeetingOutcome(
            long resolutionId, Integer itemNumber, Boolean presented, String presenter, boolean goodCause) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        outcomeFor(resolution).record(itemNumber, presented, presenter, goodCause, today(), now());
        timeline(resolution, TimelineKind.MEETING_OUTCOME, null, access);
        return page(resolutionId);
    }

    public AnswersPage recordOppositionStatement(long resolutionId, LocalDate receivedOn, LocalDate proxyDate) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        outcomeFor(resolution).recordOppositionStatement(receivedOn, proxyDate, today(), now());
        timeline(resolution, TimelineKind.OPPOSITION_STATEMENT, null, access);
        return page(resolutionId);
    }

    public AnswersPage recordVote(long resolutionId, VoteCounts counts, String source) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        outcomeFor(resolution).recordVote(counts, source, today(), now());
        timeline(resolution, TimelineKind.VOTE_RECORDED, null, access);
        return page(resolutionId);
    }

    /**
     * The support figure as published, for a vote whose counts are not known; counts recorded later take over.
     */
    public AnswersPage recordReportedSupport(long resolutionId, BigDecimal percent, String basis, String source) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        outcomeFor(resolution).recordReportedSupport(percent, basis, source, today(), now());
        timeline(resolution, TimelineKind.VOTE_RECORDED, "as reported", access);
        return page(resolutionId);
    }

    /** The board's answer to a board-review resolution, as known so far; each part may stay unknown. */
    public AnswersPage recordBoardResponse(
            long resolutionId,
            Boolean reviewCommissioned,
            String reviewer,
            Boolean independent,
            String scope,
            String conclusion,
            LocalDate publishedOn,
            String publishedAt) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        var response = boardResponseOf(resolutionId);
        if (response == null) {
            response = new BoardResponse(resolution, now());
            em.persist(response);
        }
        response.record(
                reviewCommissioned, reviewer, independent, scope, conclusion, publishedOn, publishedAt, today(), now());
        timeline(resolution, TimelineKind.BOARD_RESPONDED, null, access);
        return page(resolutionId);
    }

    public List<Commitment> commitments(long resolutionId) {
        visible(resolutionId, caller.access());
        return commitmentsOf(resolutionId);
    }

    public Commitment addCommitment(long resolutionId, String text, LocalDate madeOn, LocalDate dueOn) {
        return addCommitment(resolutionId, text, madeOn, dueOn, CommitmentOrigin.STATEMENT, null);
    }

    /**
     * A commitment of the company from a statement, a dialogue ({@code dialogueId}, of this resolution) or the
     * agreement on which the proposal was withdrawn.
     */
    public Commitment addCommitment(
            long resolutionId,
            String text,
            LocalDate madeOn,
            LocalDate dueOn,
            CommitmentOrigin origin,
            Long dialogueId) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        DialogueEntry dialogue = null;
        if (dialogueId != null) {
            dialogue = em.find(DialogueEntry.class, dialogueId);
            if (dialogue == null || !dialogue.getResolution().equals(resolution)) {
                throw new InvalidInputException(
                        "dialogueId", "There is no dialogue " + dialogueId + " on this resolution.");
            }
        }
        var withdrawal = em.createNamedQuery("ProposalWithdrawal.findByResolution", ProposalWithdrawal.class)
                .setParameter("resolution", resolutionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        var commitment = new Commitment(resolution, text, madeOn, dueOn, origin, dialogue, withdrawal, today(), now());
        em.persist(commitment);
        timeline(resolution, TimelineKind.COMMITMENT_RECORDED, "due " + dueOn, access);
        return commitment;
    }

    /**
     * The company withdraws its no-action request {@code number}, which it may once every proponent has withdrawn the
     * proposal (SLB 14F).
     */
    public NoActionRequest withdrawNoAction(long resolutionId, int number, LocalDate on) {
        var access = caller.access();
        var resolution = recordable(resolutionId, access);
        var request = noActionRequest(resolutionId, number);
        var proposalWithdrawnOn = em.createNamedQuery("ProposalWithdrawal.findByResolution", ProposalWithdrawal.class)
                .setParameter("resolution", resolutionId)
                .getResultStream()
                .findFirst()
                .map(ProposalWithdrawal::getCompletedOn)
                .orElse(null);
        request.withdraw(on, proposalWithdrawnOn, today(), now());
        timeline(resolution, TimelineKind.NO_ACTION_WITHDRAWN, "request " + number, access);
        return request;
    }

    /** Whether a commitment was kept; one the caller may not see does not exist for it. */
    public Commitment assessCommitment(long commitmentId, CommitmentStatus status, String evidence) {
        var access = caller.access();
        var commitment = em.createNamedQuery("Commitment.find", Commitment.class)
                .setParameter("id", commitmentId)
                .getResultStream()
                .filter(c -> AnswersPolicy.maySee(access, c.getResolution()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        var resolution = recordable(commitment.getResolution().getId(), access);
        commitment.assess(status, evidence, now());
        timeline(resolution, TimelineKind.COMMITMENT_ASSESSED, "due " + commitment.getDueOn() + ": " + status, access);
        return commitment;
    }

    /** The company's commitments still open after their day, on what the caller's organization files or co-files. */
    public List<Commitment> overdueCommitments() {
        var access = caller.access();
        var today = today();
        return em
                .createNamedQuery("Commitment.listOverdueOfOrganization", Commitment.class)
                .setParameter("today", today)
                .setParameter("organization", access.organizationId())
                .getResultList()
                .stream()
                .filter(c -> AnswersPolicy.maySee(access, c.getResolution()))
                .toList();
    }

    /**
     * Declares how the caller's organization will vote, or declares again; refused once the meeting is held.
     */
    public VoteDeclaration declare(
            long resolutionId, DeclaredVote vote, String rationale, Long shares, DeclarationVisibility visibility) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        if (!AnswersPolicy.mayDeclare(access, resolution)) {
            throw new AccessDeniedException("An organization's filers declare how it will vote.");
        }
        var declaration = em.createNamedQuery("VoteDeclaration.find", VoteDeclaration.class)
                .setParameter("resolution", resolutionId)
                .setParameter("organization", access.organizationId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (declaration == null) {
            declaration = new VoteDeclaration(resolution, em.find(Organization.class, access.organizationId()));
            em.persist(declaration);
        }
        declaration.declare(
                vote, rationale, shares, visibility, today(), em.find(Member.class, access.memberId()), now());
        return declaration;
    }

    public List<VoteDeclaration> declarations(long resolutionId) {
        var access = caller.access();
        visible(resolutionId, access);
        return declarationsOf(resolutionId, access);
    }

    /** The public declarations, newest first, of one company or of every company: for anyone, signed in or not. */
    public List<VoteDeclaration> publicDeclarations(Long companyId) {
        return em.createNamedQuery("VoteDeclaration.listPublic", VoteDeclaration.class)
                .setParameter("company", companyId)
                .setMaxResults(PUBLIC_DECLARATIONS_SHOWN)
                .getResultList();
    }

    private List<VoteDeclaration> declarationsOf(long resolutionId, Access access) {
        return em
                .createNamedQuery("VoteDeclaration.listByResolution", VoteDeclaration.class)
                .setParameter("resolution", resolutionId)
                .getResultList()
                .stream()
                .filter(d -> AnswersPolicy.maySee(Optional.of(access), d))
                .toList();
    }

    private BoardResponse boardResponseOf(long resolutionId) {
        return em.createNamedQuery("BoardResponse.findByResolution", BoardResponse.class)
                .setParameter("resolution", resolutionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<Commitment> commitmentsOf(long resolutionId) {
        return em.createNamedQuery("Commitment.listByResolution", Commitment.class)
                .setParameter("resolution", resolutionId)
                .getResultList();
    }

    private List<DeficiencyNotice> deficiencyNoticesOf(long resolutionId) {
        return em.createNamedQuery("DeficiencyNotice.listByResolution", DeficiencyNotice.class)
                .setParameter("resolution", resolutionId)
                .getResultList();
    }

    private List<NoActionRequest> noActionRequestsOf(long resolutionId) {
        return em.createNamedQuery("NoActionRequest.listByResolution", NoActionRequest.class)
                .setParameter("resolution", resolutionId)
                .getResultList();
    }

    private NoActionRequest noActionRequest(long resolutionId, int number) {
        return noActionRequestsOf(resolutionId).stream()
                .filter(n -> n.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No-action request", number));
    }

    private MeetingOutcome outcomeOf(long resolutionId) {
        return em.createNamedQuery("MeetingOutcome.findByResolution", MeetingOutcome.class)
                .setParameter("resolution", resolutionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private MeetingOutcome outcomeFor(Resolution resolution) {
        var outcome = outcomeOf(resolution.getId());
        if (outcome == null) {
            outcome = new MeetingOutcome(resolution, now());
            em.persist(outcome);
        }
        return outcome;
    }

    private Resolution visible(long id, Access access) {
        return filed.visible(id, access);
    }

    private Resolution recordable(long id, Access access) {
        return filed.recordable(id, access);
    }

    private void timeline(Resolution resolution, TimelineKind kind, String detail, Access access) {
        filed.timeline(resolution, kind, detail, access);
    }

    private LocalDate today() {
        return filed.today();
    }

    private Instant now() {
        return filed.now();
    }
}
