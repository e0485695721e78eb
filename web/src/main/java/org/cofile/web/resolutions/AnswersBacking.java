package org.cofile.web.resolutions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.cofile.domain.answers.ReconsiderationOutcome;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.answers.AnswersPage;
import org.cofile.workflow.answers.AnswersService;
import org.cofile.workflow.answers.DialogueService;
import org.cofile.workflow.answers.WithdrawalService;
import org.cofile.workflow.shared.NotFoundException;

/**
 * A filed resolution's page "After filing" ({@code resolutions/answers.xhtml?id=N}): the company's deficiency notices
 * and the cures, its no-action requests and the staff's answers, its statement in opposition, the meeting and the
 * vote, each with the engine's clock or figures; the board's answer and the company's commitments; the organizations'
 * vote declarations. The forms to record them appear for those the service's {@link AnswersPage} allows.
 */
@Named
@ViewScoped
public class AnswersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "resolutions_answers";

    @Inject
    private AnswersService answers;

    @Inject
    private DialogueService dialogueService;

    @Inject
    private WithdrawalService withdrawalService;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private long id;
    private AnswersPage page;

    private LocalDate proposalReceivedOn;
    private LocalDate noticeSentOn;
    private LocalDate noticeReceivedOn;
    private List<DeficiencyCode> deficiencies = new ArrayList<>();
    private String details;

    private Integer cureNotice;
    private LocalDate cureSentOn;
    private String cureNote;

    private LocalDate requestFiledOn;
    private LocalDate definitiveProxyDate;
    private List<ExclusionGround> grounds = new ArrayList<>();

    private Integer answeredRequest;
    private StaffOutcome staffOutcome;
    private LocalDate answeredOn;

    private List<DialogueEntry> dialogues = List.of();
    private WithdrawalService.WithdrawalState withdrawal;

    private LocalDate dialogueHeldOn;
    private DialogueKind dialogueKind;
    private String companyParticipants;
    private String proponentParticipants;
    private String dialogueNotes;

    private boolean withAgreement;
    private String agreementTerms;
    private LocalDate agreedOn;
    private LocalDate withdrawnOn;
    private LocalDate consentOn;

    private Integer withdrawnRequest;
    private LocalDate requestWithdrawnOn;

    private CommitmentOrigin commitmentOrigin = CommitmentOrigin.STATEMENT;
    private Long commitmentDialogue;

    private Integer reconsideredRequest;
    private LocalDate reconsiderationRequestedOn;
    private ReconsiderationOutcome reconsiderationOutcome;
    private StaffOutcome changedTo;
    private LocalDate reconsiderationAnsweredOn;

    private BigDecimal reportedSupport;
    private String reportedBasis;
    private String reportedSource;

    private Integer itemNumber;
    private String presented = "";
    private String presenter;
    private boolean goodCause;

    private String reviewCommissioned = "";
    private String reviewer;
    private String independent = "";
    private String scope;
    private String conclusion;
    private LocalDate publishedOn;
    private String publishedAt;

    private String commitmentText;
    private LocalDate commitmentMadeOn;
    private LocalDate commitmentDueOn;

    private Long assessedCommitment;
    private CommitmentStatus commitmentStatus;
    private String evidence;

    private DeclaredVote declaredVote;
    private String rationale;
    private Long declaredShares;
    private DeclarationVisibility visibility = DeclarationVisibility.COALITION;

    private LocalDate oppositionReceivedOn;
    private LocalDate proxyDate;

    private Long votesFor;
    private Long votesAgainst;
    private Long votesAbstain;
    private Long brokerNonVotes;
    private Long sharesOutstanding;
    private String voteSource;

    /** Before the first render: 404 for a resolution the member may not see, or that does not exist. */
    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Resolution").orElseThrow(() -> new NotFoundException("Resolution", "?"));
            page = answers.page(id);
            dialogues = dialogueService.dialogues(id);
            withdrawal = withdrawalService.find(id).orElse(null);
            var outcome = page.outcome();
            if (outcome != null) {
                itemNumber = outcome.getItemNumber();
                presented = answer(outcome.getPresented());
                presenter = outcome.getPresenter();
                goodCause = outcome.isGoodCause();
                outcome.counts().ifPresent(c -> {
                    votesFor = c.votesFor();
                    votesAgainst = c.against();
                    votesAbstain = c.abstain();
                    brokerNonVotes = c.brokerNonVotes();
                    sharesOutstanding = c.sharesOutstanding();
                });
                voteSource = outcome.getSource();
                oppositionReceivedOn = outcome.getOppositionReceivedOn();
                proxyDate = outcome.getDefinitiveProxyDate();
            }
            var board = page.boardResponse();
            if (board != null) {
                reviewCommissioned = answer(board.getReviewCommissioned());
                reviewer = board.getReviewer();
                independent = answer(board.getIndependent());
                scope = board.getScope();
                conclusion = board.getConclusion();
                publishedOn = board.getPublishedOn();
                publishedAt = board.getPublishedAt();
            }
        });
    }

    public String recordNotice() {
        return act(
                "notice",
                "noticed",
                () -> answers.recordDeficiencyNotice(
                        id, proposalReceivedOn, noticeSentOn, noticeReceivedOn, deficiencies, details));
    }

    public String cure() {
        return act("cure", "cured", () -> answers.cure(id, required(cureNotice, "number"), cureSentOn, cureNote));
    }

    public String requestNoAction() {
        return act(
                "noAction",
                "requested",
                () -> answers.requestNoAction(id, requestFiledOn, definitiveProxyDate, grounds));
    }

    public String answerNoAction() {
        return act(
                "staff",
                "answered",
                () -> answers.answerNoAction(id, required(answeredRequest, "number"), staffOutcome, answeredOn));
    }

    public String recordDialogue() {
        return act(
                "dialogue",
                "dialogueRecorded",
                () -> dialogueService.record(
                        id, dialogueHeldOn, dialogueKind, companyParticipants, proponentParticipants, dialogueNotes));
    }

    public String proposeWithdrawal() {
        return act(
                "withdrawal",
                "withdrawalRecorded",
                () -> withdrawalService.propose(id, withAgreement, agreementTerms, agreedOn, withdrawnOn));
    }

    public String consentToWithdrawal() {
        return act("consent", "withdrawalRecorded", () -> withdrawalService.consent(id, consentOn));
    }

    public String withdrawNoAction() {
        return act(
                "requestWithdrawal",
                "requestWithdrawn",
                () -> answers.withdrawNoAction(id, required(withdrawnRequest, "number"), requestWithdrawnOn));
    }

    public List<DialogueEntry> getDialogues() {
        return dialogues;
    }

    public WithdrawalService.WithdrawalState getWithdrawal() {
        return withdrawal;
    }

    public DialogueKind[] getDialogueKinds() {
        return DialogueKind.values();
    }

    public CommitmentOrigin[] getCommitmentOrigins() {
        return CommitmentOrigin.values();
    }

    public String requestReconsideration() {
        return act(
                "reconsider",
                "reconsiderationAsked",
                () -> answers.requestReconsideration(
                        id, required(reconsideredRequest, "number"), reconsiderationRequestedOn));
    }

    public String answerReconsideration() {
        return act(
                "reconsider",
                "reconsiderationAnswered",
                () -> answers.answerReconsideration(
                        id,
                        required(reconsideredRequest, "number"),
                        reconsiderationOutcome,
                        changedTo,
                        reconsiderationAnsweredOn));
    }

    public String recordReportedSupport() {
        return act(
                "reported",
                "voteRecorded",
                () -> answers.recordReportedSupport(id, reportedSupport, reportedBasis, reportedSource));
    }

    public ReconsiderationOutcome[] getReconsiderationOutcomes() {
        return ReconsiderationOutcome.values();
    }

    public String recordBoardResponse() {
        return act(
                "board",
                "boardRecorded",
                () -> answers.recordBoardResponse(
                        id,
                        yesNo(reviewCommissioned),
                        reviewer,
                        yesNo(independent),
                        scope,
                        conclusion,
                        publishedOn,
                        publishedAt));
    }

    public String addCommitment() {
        return act(
                "commitment",
                "commitmentRecorded",
                () -> answers.addCommitment(
                        id, commitmentText, commitmentMadeOn, commitmentDueOn, commitmentOrigin, commitmentDialogue));
    }

    public String assessCommitment() {
        return act("assessment", "commitmentAssessed", () -> {
            if (assessedCommitment == null) {
                throw new InvalidInputException("commitment", "Choose which one.");
            }
            answers.assessCommitment(assessedCommitment, commitmentStatus, evidence);
        });
    }

    /** A yes / no / not known answer of a select, as the domain takes it. */
    private static Boolean yesNo(String answer) {
        return switch (answer == null ? "" : answer) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String answer(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    public String declare() {
        return act(
                "declaration",
                "declaredSaved",
                () -> answers.declare(id, declaredVote, rationale, declaredShares, visibility));
    }

    public DeclaredVote[] getDeclaredVotes() {
        return DeclaredVote.values();
    }

    public DeclarationVisibility[] getVisibilities() {
        return DeclarationVisibility.values();
    }

    public String recordOpposition() {
        return act(
                "opposition",
                "oppositionRecorded",
                () -> answers.recordOppositionStatement(id, oppositionReceivedOn, proxyDate));
    }

    public String recordOutcome() {
        Boolean wasPresented = yesNo(presented);
        return act(
                "outcome",
                "outcomeRecorded",
                () -> answers.recordMeetingOutcome(id, itemNumber, wasPresented, presenter, goodCause));
    }

    public String recordVote() {
        return act("vote", "voteRecorded", () -> {
            var errors = new LinkedHashMap<String, String>();
            if (votesFor == null) {
                errors.put("votesFor", "Give the votes for.");
            }
            if (votesAgainst == null) {
                errors.put("votesAgainst", "Give the votes against.");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            VoteCounts counts;
            try {
                counts = new VoteCounts(
                        votesFor,
                        votesAgainst,
                        votesAbstain == null ? 0 : votesAbstain,
                        brokerNonVotes == null ? 0 : brokerNonVotes,
                        sharesOutstanding);
            } catch (InvalidInputException e) {
                throw e.withFieldsRenamed(AnswersBacking::voteField);
            }
            answers.recordVote(id, counts, voteSource);
        });
    }

    /** The vote's fields as the engine names them, to the inputs of the form. */
    private static String voteField(String field) {
        return switch (field) {
            case "against" -> "votesAgainst";
            case "abstain" -> "votesAbstain";
            default -> field;
        };
    }

    private static int required(Integer number, String field) {
        if (number == null) {
            throw new InvalidInputException(field, "Choose which one.");
        }
        return number;
    }

    private String act(String formId, String done, Runnable action) {
        if (!pageActions.submit(formId, PAGE, action)) {
            return null;
        }
        messages.flash(PAGE + "." + done);
        return "/resolutions/answers?faces-redirect=true&id=" + id;
    }

    /** Whether a notice's cure is overdue today. */
    public boolean cureOverdue(DeficiencyNotice notice) {
        return notice.isCureOverdue(LocalDate.now(ZoneOffset.UTC));
    }

    public DeficiencyCode[] getDeficiencyCodes() {
        return DeficiencyCode.values();
    }

    public ExclusionGround[] getExclusionGrounds() {
        return ExclusionGround.values();
    }

    public CommitmentStatus[] getCommitmentStatuses() {
        return CommitmentStatus.values();
    }

    /** Whether a commitment is still open after its day. */
    public boolean overdue(Commitment commitment) {
        return commitment.isOverdue(LocalDate.now(ZoneOffset.UTC));
    }

    public StaffOutcome[] getStaffOutcomes() {
        return StaffOutcome.values();
    }

    public AnswersPage getPage() {
        return page;
    }

    public LocalDate getProposalReceivedOn() {
        return proposalReceivedOn;
    }

    public void setProposalReceivedOn(LocalDate proposalReceivedOn) {
        this.proposalReceivedOn = proposalReceivedOn;
    }

    public LocalDate getNoticeSentOn() {
        return noticeSentOn;
    }

    public void setNoticeSentOn(LocalDate noticeSentOn) {
        this.noticeSentOn = noticeSentOn;
    }

    public LocalDate getNoticeReceivedOn() {
        return noticeReceivedOn;
    }

    public void setNoticeReceivedOn(LocalDate noticeReceivedOn) {
        this.noticeReceivedOn = noticeReceivedOn;
    }

    public List<DeficiencyCode> getDeficiencies() {
        return deficiencies;
    }

    public void setDeficiencies(List<DeficiencyCode> deficiencies) {
        this.deficiencies = deficiencies == null ? new ArrayList<>() : deficiencies;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public Integer getCureNotice() {
        return cureNotice;
    }

    public void setCureNotice(Integer cureNotice) {
        this.cureNotice = cureNotice;
    }

    public LocalDate getCureSentOn() {
        return cureSentOn;
    }

    public void setCureSentOn(LocalDate cureSentOn) {
        this.cureSentOn = cureSentOn;
    }

    public String getCureNote() {
        return cureNote;
    }

    public void setCureNote(String cureNote) {
        this.cureNote = cureNote;
    }

    public LocalDate getRequestFiledOn() {
        return requestFiledOn;
    }

    public void setRequestFiledOn(LocalDate requestFiledOn) {
        this.requestFiledOn = requestFiledOn;
    }

    public LocalDate getDefinitiveProxyDate() {
        return definitiveProxyDate;
    }

    public void setDefinitiveProxyDate(LocalDate definitiveProxyDate) {
        this.definitiveProxyDate = definitiveProxyDate;
    }

    public List<ExclusionGround> getGrounds() {
        return grounds;
    }

    public void setGrounds(List<ExclusionGround> grounds) {
        this.grounds = grounds == null ? new ArrayList<>() : grounds;
    }

    public Integer getAnsweredRequest() {
        return answeredRequest;
    }

    public void setAnsweredRequest(Integer answeredRequest) {
        this.answeredRequest = answeredRequest;
    }

    public StaffOutcome getStaffOutcome() {
        return staffOutcome;
    }

    public void setStaffOutcome(StaffOutcome staffOutcome) {
        this.staffOutcome = staffOutcome;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public Integer getItemNumber() {
        return itemNumber;
    }

    public void setItemNumber(Integer itemNumber) {
        this.itemNumber = itemNumber;
    }

    public String getPresented() {
        return presented;
    }

    public void setPresented(String presented) {
        this.presented = presented;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public boolean isGoodCause() {
        return goodCause;
    }

    public void setGoodCause(boolean goodCause) {
        this.goodCause = goodCause;
    }

    public Long getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Long votesFor) {
        this.votesFor = votesFor;
    }

    public Long getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Long votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Long getVotesAbstain() {
        return votesAbstain;
    }

    public void setVotesAbstain(Long votesAbstain) {
        this.votesAbstain = votesAbstain;
    }

    public Long getBrokerNonVotes() {
        return brokerNonVotes;
    }

    public void setBrokerNonVotes(Long brokerNonVotes) {
        this.brokerNonVotes = brokerNonVotes;
    }

    public Long getSharesOutstanding() {
        return sharesOutstanding;
    }

    public void setSharesOutstanding(Long sharesOutstanding) {
        this.sharesOutstanding = sharesOutstanding;
    }

    public String getVoteSource() {
        return voteSource;
    }

    public void setVoteSource(String voteSource) {
        this.voteSource = voteSource;
    }

    public String getReviewCommissioned() {
        return reviewCommissioned;
    }

    public void setReviewCommissioned(String reviewCommissioned) {
        this.reviewCommissioned = reviewCommissioned;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public String getIndependent() {
        return independent;
    }

    public void setIndependent(String independent) {
        this.independent = independent;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(String publishedAt) {
        this.publishedAt = publishedAt;
    }

    public String getCommitmentText() {
        return commitmentText;
    }

    public void setCommitmentText(String commitmentText) {
        this.commitmentText = commitmentText;
    }

    public LocalDate getCommitmentMadeOn() {
        return commitmentMadeOn;
    }

    public void setCommitmentMadeOn(LocalDate commitmentMadeOn) {
        this.commitmentMadeOn = commitmentMadeOn;
    }

    public LocalDate getCommitmentDueOn() {
        return commitmentDueOn;
    }

    public void setCommitmentDueOn(LocalDate commitmentDueOn) {
        this.commitmentDueOn = commitmentDueOn;
    }

    public Long getAssessedCommitment() {
        return assessedCommitment;
    }

    public void setAssessedCommitment(Long assessedCommitment) {
        this.assessedCommitment = assessedCommitment;
    }

    public CommitmentStatus getCommitmentStatus() {
        return commitmentStatus;
    }

    public void setCommitmentStatus(CommitmentStatus commitmentStatus) {
        this.commitmentStatus = commitmentStatus;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public DeclaredVote getDeclaredVote() {
        return declaredVote;
    }

    public void setDeclaredVote(DeclaredVote declaredVote) {
        this.declaredVote = declaredVote;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public Long getDeclaredShares() {
        return declaredShares;
    }

    public void setDeclaredShares(Long declaredShares) {
        this.declaredShares = declaredShares;
    }

    public DeclarationVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(DeclarationVisibility visibility) {
        this.visibility = visibility;
    }

    public LocalDate getOppositionReceivedOn() {
        return oppositionReceivedOn;
    }

    public void setOppositionReceivedOn(LocalDate oppositionReceivedOn) {
        this.oppositionReceivedOn = oppositionReceivedOn;
    }

    public LocalDate getProxyDate() {
        return proxyDate;
    }

    public void setProxyDate(LocalDate proxyDate) {
        this.proxyDate = proxyDate;
    }

    public Integer getReconsideredRequest() {
        return reconsideredRequest;
    }

    public void setReconsideredRequest(Integer reconsideredRequest) {
        this.reconsideredRequest = reconsideredRequest;
    }

    public LocalDate getReconsiderationRequestedOn() {
        return reconsiderationRequestedOn;
    }

    public void setReconsiderationRequestedOn(LocalDate reconsiderationRequestedOn) {
        this.reconsiderationRequestedOn = reconsiderationRequestedOn;
    }

    public ReconsiderationOutcome getReconsiderationOutcome() {
        return reconsiderationOutcome;
    }

    public void setReconsiderationOutcome(ReconsiderationOutcome reconsiderationOutcome) {
        this.reconsiderationOutcome = reconsiderationOutcome;
    }

    public StaffOutcome getChangedTo() {
        return changedTo;
    }

    public void setChangedTo(StaffOutcome changedTo) {
        this.changedTo = changedTo;
    }

    public LocalDate getReconsiderationAnsweredOn() {
        return reconsiderationAnsweredOn;
    }

    public void setReconsiderationAnsweredOn(LocalDate reconsiderationAnsweredOn) {
        this.reconsiderationAnsweredOn = reconsiderationAnsweredOn;
    }

    public BigDecimal getReportedSupport() {
        return reportedSupport;
    }

    public void setReportedSupport(BigDecimal reportedSupport) {
        this.reportedSupport = reportedSupport;
    }

    public String getReportedBasis() {
        return reportedBasis;
    }

    public void setReportedBasis(String reportedBasis) {
        this.reportedBasis = reportedBasis;
    }

    public String getReportedSource() {
        return reportedSource;
    }

    public void setReportedSource(String reportedSource) {
        this.reportedSource = reportedSource;
    }

    public LocalDate getDialogueHeldOn() {
        return dialogueHeldOn;
    }

    public void setDialogueHeldOn(LocalDate dialogueHeldOn) {
        this.dialogueHeldOn = dialogueHeldOn;
    }

    public DialogueKind getDialogueKind() {
        return dialogueKind;
    }

    public void setDialogueKind(DialogueKind dialogueKind) {
        this.dialogueKind = dialogueKind;
    }

    public String getCompanyParticipants() {
        return companyParticipants;
    }

    public void setCompanyParticipants(String companyParticipants) {
        this.companyParticipants = companyParticipants;
    }

    public String getProponentParticipants() {
        return proponentParticipants;
    }

    public void setProponentParticipants(String proponentParticipants) {
        this.proponentParticipants = proponentParticipants;
    }

    public String getDialogueNotes() {
        return dialogueNotes;
    }

    public void setDialogueNotes(String dialogueNotes) {
        this.dialogueNotes = dialogueNotes;
    }

    public boolean isWithAgreement() {
        return withAgreement;
    }

    public void setWithAgreement(boolean withAgreement) {
        this.withAgreement = withAgreement;
    }

    public String getAgreementTerms() {
        return agreementTerms;
    }

    public void setAgreementTerms(String agreementTerms) {
        this.agreementTerms = agreementTerms;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public Integer getWithdrawnRequest() {
        return withdrawnRequest;
    }

    public void setWithdrawnRequest(Integer withdrawnRequest) {
        this.withdrawnRequest = withdrawnRequest;
    }

    public LocalDate getRequestWithdrawnOn() {
        return requestWithdrawnOn;
    }

    public void setRequestWithdrawnOn(LocalDate requestWithdrawnOn) {
        this.requestWithdrawnOn = requestWithdrawnOn;
    }

    public CommitmentOrigin getCommitmentOrigin() {
        return commitmentOrigin;
    }

    public void setCommitmentOrigin(CommitmentOrigin commitmentOrigin) {
        this.commitmentOrigin = commitmentOrigin;
    }

    public Long getCommitmentDialogue() {
        return commitmentDialogue;
    }

    public void setCommitmentDialogue(Long commitmentDialogue) {
        this.commitmentDialogue = commitmentDialogue;
    }
}
