package org.cofile.web.resolutions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.cofile.domain.answers.DeficiencyCode;
import org.cofile.domain.answers.DeficiencyNotice;
import org.cofile.domain.answers.ExclusionGround;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.answers.AnswersPage;
import org.cofile.workflow.answers.AnswersService;
import org.cofile.workflow.shared.NotFoundException;

/**
 * A filed resolution's page "After filing" ({@code resolutions/answers.xhtml?id=N}): the company's deficiency notices
 * and the cures, its no-action requests and the staff's answers, the meeting and the vote, each with the engine's
 * clock or figures; the forms to record them for those the service's {@link AnswersPage} allows.
 */
@Named
@ViewScoped
public class AnswersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "resolutions_answers";

    @Inject
    private AnswersService answers;

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

    private Integer itemNumber;
    private String presented = "";
    private String presenter;
    private boolean goodCause;

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
            var outcome = page.outcome();
            if (outcome != null) {
                itemNumber = outcome.getItemNumber();
                presented = outcome.getPresented() == null ? "" : outcome.getPresented() ? "yes" : "no";
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

    public String recordOutcome() {
        Boolean wasPresented =
                switch (presented == null ? "" : presented) {
                    case "yes" -> Boolean.TRUE;
                    case "no" -> Boolean.FALSE;
                    default -> null;
                };
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
}
