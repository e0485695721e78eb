package org.cofile.web.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.answers.BoardResponse;
import org.cofile.domain.answers.Commitment;
import org.cofile.domain.answers.CommitmentOrigin;
import org.cofile.domain.answers.CommitmentStatus;
import org.cofile.domain.answers.DeclarationVisibility;
import org.cofile.domain.answers.DeclaredVote;
import org.cofile.domain.answers.DeficiencyCode;
import org.cofile.domain.answers.DeficiencyNotice;
import org.cofile.domain.answers.DialogueEntry;
import org.cofile.domain.answers.DialogueKind;
import org.cofile.domain.answers.ExclusionGround;
import org.cofile.domain.answers.NoActionRequest;
import org.cofile.domain.answers.ReconsiderationOutcome;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.answers.VoteDeclaration;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.workflow.answers.AnswersPage;
import org.cofile.workflow.answers.WithdrawalService;

/** What the API answers about the company's answers and the meeting. */
public final class AnswersViews {

    private AnswersViews() {}

    public record DeficiencyNoticeView(
            int number,
            LocalDate proposalReceivedOn,
            LocalDate noticeSentOn,
            LocalDate noticeReceivedOn,
            List<DeficiencyCode> deficiencies,
            String details,
            LocalDate noticeDueOn,
            boolean noticeTimely,
            LocalDate cureDeadline,
            LocalDate cureSentOn,
            String cureNote,
            Boolean cureTimely,
            boolean cureOverdue) {

        static DeficiencyNoticeView of(DeficiencyNotice notice, LocalDate today) {
            return new DeficiencyNoticeView(
                    notice.getNumber(),
                    notice.getProposalReceivedOn(),
                    notice.getNoticeSentOn(),
                    notice.getNoticeReceivedOn(),
                    List.copyOf(notice.getDeficiencies()),
                    notice.getDetails(),
                    notice.getNoticeDueOn(),
                    notice.isNoticeTimely(),
                    notice.getCureDeadline(),
                    notice.getCureSentOn(),
                    notice.getCureNote(),
                    notice.isCureTimely(),
                    notice.isCureOverdue(today));
        }
    }

    public record NoActionRequestView(
            int number,
            LocalDate filedOn,
            LocalDate definitiveProxyDate,
            List<ExclusionGround> grounds,
            Boolean timely,
            Long daysBefore,
            LocalDate latestTimelyOn,
            String ruleSet,
            String posture,
            StaffOutcome outcome,
            LocalDate answeredOn,
            boolean reconsiderationRequested,
            LocalDate reconsiderationRequestedOn,
            ReconsiderationOutcome reconsiderationOutcome,
            LocalDate reconsiderationAnsweredOn,
            LocalDate withdrawnOn,
            String recordSource,
            boolean allowsExclusion) {

        static NoActionRequestView of(NoActionRequest request) {
            return new NoActionRequestView(
                    request.getNumber(),
                    request.getFiledOn(),
                    request.getDefinitiveProxyDate(),
                    List.copyOf(request.getGrounds()),
                    request.getTimely(),
                    request.getDaysBefore(),
                    request.getLatestTimelyOn(),
                    request.getRuleSet(),
                    request.getPosture(),
                    request.getOutcome(),
                    request.getAnsweredOn(),
                    request.isReconsiderationRequested(),
                    request.getReconsiderationRequestedOn(),
                    request.getReconsiderationOutcome(),
                    request.getReconsiderationAnsweredOn(),
                    request.getWithdrawnOn(),
                    request.getRecordSource(),
                    request.allowsExclusion());
        }
    }

    public record BarView(LocalDate from, LocalDate until, String citation, String explanation) {

        static BarView of(ClockVerdict bar) {
            return bar == null ? null : new BarView(bar.opens(), bar.closes(), bar.citation(), bar.explanation());
        }
    }

    /**
     * The meeting's outcome and vote; the percentages are the engine's, {@code secSupportPercent} for / (for +
     * against) and {@code companySupportPercent} counting abstentions as against, each with its label.
     */
    public record MeetingOutcomeView(
            Integer itemNumber,
            Boolean presented,
            String presenter,
            boolean goodCause,
            Long votesFor,
            Long against,
            Long abstain,
            Long brokerNonVotes,
            Long sharesOutstanding,
            String source,
            BigDecimal secSupportPercent,
            String secSupportLabel,
            BigDecimal companySupportPercent,
            String companySupportLabel,
            BigDecimal reportedSupportPercent,
            String reportedBasis,
            BarView noShowBar,
            LocalDate definitiveProxyDate,
            LocalDate oppositionReceivedOn,
            LocalDate oppositionDueOn,
            Boolean oppositionTimely) {

        static MeetingOutcomeView of(AnswersPage page) {
            var outcome = page.outcome();
            if (outcome == null) {
                return new MeetingOutcomeView(
                        null, null, null, false, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null);
            }
            var counts = outcome.counts().orElse(null);
            var vote = page.vote();
            return new MeetingOutcomeView(
                    outcome.getItemNumber(),
                    outcome.getPresented(),
                    outcome.getPresenter(),
                    outcome.isGoodCause(),
                    counts == null ? null : counts.votesFor(),
                    counts == null ? null : counts.against(),
                    counts == null ? null : counts.abstain(),
                    counts == null ? null : counts.brokerNonVotes(),
                    counts == null ? null : counts.sharesOutstanding(),
                    outcome.getSource(),
                    vote == null ? null : vote.sec().percent(),
                    vote == null ? null : vote.sec().label(),
                    vote == null ? null : vote.company().percent(),
                    vote == null ? null : vote.company().label(),
                    outcome.getReportedSupport(),
                    outcome.getReportedBasis(),
                    BarView.of(page.noShowBar()),
                    outcome.getDefinitiveProxyDate(),
                    outcome.getOppositionReceivedOn(),
                    page.opposition() == null ? null : page.opposition().closes(),
                    page.opposition() == null || outcome.getOppositionReceivedOn() == null
                            ? null
                            : !outcome.getOppositionReceivedOn()
                                    .isAfter(page.opposition().closes()));
        }
    }

    public record BoardResponseView(
            Boolean reviewCommissioned,
            String reviewer,
            Boolean independent,
            String scope,
            String conclusion,
            LocalDate publishedOn,
            String publishedAt) {

        static BoardResponseView of(BoardResponse response) {
            if (response == null) {
                return new BoardResponseView(null, null, null, null, null, null, null);
            }
            return new BoardResponseView(
                    response.getReviewCommissioned(),
                    response.getReviewer(),
                    response.getIndependent(),
                    response.getScope(),
                    response.getConclusion(),
                    response.getPublishedOn(),
                    response.getPublishedAt());
        }
    }

    public record CommitmentView(
            long id,
            long resolutionId,
            String text,
            LocalDate madeOn,
            LocalDate dueOn,
            CommitmentStatus status,
            String evidence,
            boolean overdue,
            CommitmentOrigin origin,
            Long dialogueId) {

        static CommitmentView of(Commitment commitment, LocalDate today) {
            return new CommitmentView(
                    commitment.getId(),
                    commitment.getResolution().getId(),
                    commitment.getText(),
                    commitment.getMadeOn(),
                    commitment.getDueOn(),
                    commitment.getStatus(),
                    commitment.getEvidence(),
                    commitment.isOverdue(today),
                    commitment.getOrigin(),
                    commitment.getDialogue() == null
                            ? null
                            : commitment.getDialogue().getId());
        }
    }

    public record DialogueView(
            long id,
            LocalDate heldOn,
            DialogueKind kind,
            String companyParticipants,
            String proponentParticipants,
            String notes,
            String recordedBy) {

        static DialogueView of(DialogueEntry entry) {
            return new DialogueView(
                    entry.getId(),
                    entry.getHeldOn(),
                    entry.getKind(),
                    entry.getCompanyParticipants(),
                    entry.getProponentParticipants(),
                    entry.getNotes(),
                    entry.getRecordedBy().getDisplayName());
        }
    }

    public record ConsentView(long organizationId, String organization, LocalDate on) {}

    /** The withdrawal: {@code awaiting} the proponents whose word is missing; {@code completedOn} once none is. */
    public record WithdrawalView(
            boolean withAgreement,
            String terms,
            LocalDate agreedOn,
            LocalDate proposedOn,
            LocalDate completedOn,
            List<ConsentView> consents,
            List<String> awaiting) {

        static WithdrawalView of(WithdrawalService.WithdrawalState state) {
            var withdrawal = state.withdrawal();
            return new WithdrawalView(
                    withdrawal.isWithAgreement(),
                    withdrawal.getTerms(),
                    withdrawal.getAgreedOn(),
                    withdrawal.getProposedOn(),
                    withdrawal.getCompletedOn(),
                    withdrawal.getConsents().stream()
                            .map(c -> new ConsentView(
                                    c.getOrganization().getId(),
                                    c.getOrganization().getName(),
                                    c.getConsentedOn()))
                            .toList(),
                    state.awaiting().stream().map(Organization::getName).toList());
        }
    }

    /** A vote pre-declaration; the organization declaring, and the proposal at its company and meeting. */
    public record DeclarationView(
            String organization,
            long resolutionId,
            String resolutionTitle,
            String company,
            LocalDate meetingDate,
            DeclaredVote vote,
            String rationale,
            long shares,
            DeclarationVisibility visibility,
            Instant declaredAt) {

        static DeclarationView of(VoteDeclaration declaration) {
            var resolution = declaration.getResolution();
            return new DeclarationView(
                    declaration.getOrganization().getName(),
                    resolution.getId(),
                    resolution.getText().getTitle(),
                    resolution.getCompany().getName(),
                    resolution.getMeeting().getMeetingDate(),
                    declaration.getVote(),
                    declaration.getRationale(),
                    declaration.getShares(),
                    declaration.getVisibility(),
                    declaration.getDeclaredAt());
        }
    }
}
