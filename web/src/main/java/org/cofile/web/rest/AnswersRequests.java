package org.cofile.web.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.answers.ProposalWithdrawal;
import org.cofile.domain.answers.ReconsiderationOutcome;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.answers.VoteDeclaration;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.web.rest.rules.RequestFields;

/**
 * The bodies of the API of the company's answers and the meeting. Scalars arrive as text (a JSON number or string
 * both bind) and are read by {@link RequestFields}, so that every mistake is named by its field in one 400.
 */
public final class AnswersRequests {

    private AnswersRequests() {}

    private static <E extends Enum<E>> List<E> choices(
            RequestFields fields, String field, List<String> values, Class<E> type) {
        var chosen = new ArrayList<E>();
        var bounded = fields.boundedList(field, values == null ? List.of() : values);
        for (int i = 0; i < bounded.size(); i++) {
            var value = fields.choice(field + "[" + i + "]", bounded.get(i), type, null);
            if (value != null) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    public record Notice(
            String proposalReceivedOn,
            String noticeSentOn,
            String noticeReceivedOn,
            List<String> deficiencies,
            String details) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.requiredDate("proposalReceivedOn", proposalReceivedOn),
                    fields.requiredDate("noticeSentOn", noticeSentOn),
                    fields.requiredDate("noticeReceivedOn", noticeReceivedOn),
                    choices(fields, "deficiencies", deficiencies, DeficiencyCode.class),
                    fields.optionalText("details", details, DeficiencyNotice.NOTE_MAX));
            fields.verify();
            return parsed;
        }

        record Parsed(
                LocalDate proposalReceivedOn,
                LocalDate noticeSentOn,
                LocalDate noticeReceivedOn,
                List<DeficiencyCode> deficiencies,
                String details) {}
    }

    public record Cure(String sentOn, String note) {

        LocalDate sent() {
            var fields = new RequestFields();
            var sent = fields.requiredDate("sentOn", sentOn);
            fields.optionalText("note", note, DeficiencyNotice.NOTE_MAX);
            fields.verify();
            return sent;
        }
    }

    public record NoAction(String filedOn, String definitiveProxyDate, List<String> grounds) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.requiredDate("filedOn", filedOn),
                    fields.requiredDate("definitiveProxyDate", definitiveProxyDate),
                    choices(fields, "grounds", grounds, ExclusionGround.class));
            fields.verify();
            return parsed;
        }

        record Parsed(LocalDate filedOn, LocalDate definitiveProxyDate, List<ExclusionGround> grounds) {}
    }

    public record StaffResponse(String outcome, String on) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.requiredChoice("outcome", outcome, StaffOutcome.class), fields.requiredDate("on", on));
            fields.verify();
            return parsed;
        }

        record Parsed(StaffOutcome outcome, LocalDate on) {}
    }

    public record Outcome(String presented, String presenter, String itemNumber, String goodCause) {

        Parsed parse() {
            var fields = new RequestFields();
            var item = fields.optionalCount("itemNumber", itemNumber);
            var parsed = new Parsed(
                    fields.optionalFlag("presented", presented, null),
                    fields.optionalText("presenter", presenter, MeetingOutcome.PRESENTER_MAX),
                    item == null || item > MeetingOutcome.ITEM_MAX ? null : item.intValue(),
                    Boolean.TRUE.equals(fields.optionalFlag("goodCause", goodCause, false)));
            if (item != null && item > MeetingOutcome.ITEM_MAX) {
                fields.reject("itemNumber", "must be at most " + MeetingOutcome.ITEM_MAX);
            }
            fields.verify();
            return parsed;
        }

        record Parsed(Boolean presented, String presenter, Integer itemNumber, boolean goodCause) {}
    }

    /** The vote as the company reported it; {@code for} is a Java keyword, hence the accessor's name. */
    /**
     * The vote by its counts, or, for a past vote whose counts are not known, by the support figure as published
     * ({@code reportedSupportPercent}, with what it counts in {@code reportedBasis}).
     */
    public record VoteResult(
            @JsonbProperty("for") String votesFor,

            String against,
            String abstain,
            String brokerNonVotes,
            String sharesOutstanding,
            String source,
            String reportedSupportPercent,
            String reportedBasis) {

        /** Whether the body gives a published figure and no counts. */
        boolean isReported() {
            return votesFor == null && against == null && abstain == null && reportedSupportPercent != null;
        }

        VoteCounts counts() {
            var fields = new RequestFields();
            var yes = fields.requiredCount("for", votesFor);
            var no = fields.requiredCount("against", against);
            var abstained = fields.requiredCount("abstain", abstain);
            var broker = fields.optionalCount("brokerNonVotes", brokerNonVotes);
            var outstanding = fields.optionalCount("sharesOutstanding", sharesOutstanding);
            fields.optionalText("source", source, MeetingOutcome.SOURCE_MAX);
            fields.verify();
            return new VoteCounts(yes, no, abstained, broker == null ? 0 : broker, outstanding);
        }

        Reported reported() {
            var fields = new RequestFields();
            var parsed = new Reported(
                    fields.requiredAmount("reportedSupportPercent", reportedSupportPercent),
                    fields.optionalText("reportedBasis", reportedBasis, MeetingOutcome.BASIS_MAX),
                    fields.optionalText("source", source, MeetingOutcome.SOURCE_MAX));
            fields.verify();
            return parsed;
        }

        record Reported(BigDecimal percent, String basis, String source) {}
    }

    /** A request to reconsider the staff's answer. */
    public record Reconsideration(String requestedOn) {

        LocalDate parse() {
            var fields = new RequestFields();
            var on = fields.requiredDate("requestedOn", requestedOn);
            fields.verify();
            return on;
        }
    }

    /** The staff's answer to it: {@code DECLINED}, or {@code CHANGED} with the answer it changed to. */
    public record ReconsiderationAnswer(String outcome, String changedTo, String on) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.requiredChoice("outcome", outcome, ReconsiderationOutcome.class),
                    fields.choice("changedTo", changedTo, StaffOutcome.class, null),
                    fields.requiredDate("on", on));
            fields.verify();
            return parsed;
        }

        record Parsed(ReconsiderationOutcome outcome, StaffOutcome changedTo, LocalDate on) {}
    }

    public record BoardReview(
            String reviewCommissioned,
            String reviewer,
            String independent,
            String scope,
            String conclusion,
            String publishedOn,
            String publishedAt) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.optionalFlag("reviewCommissioned", reviewCommissioned, null),
                    fields.optionalText("reviewer", reviewer, BoardResponse.NAME_MAX),
                    fields.optionalFlag("independent", independent, null),
                    fields.optionalText("scope", scope, BoardResponse.TEXT_MAX),
                    fields.optionalText("conclusion", conclusion, BoardResponse.TEXT_MAX),
                    fields.optionalDate("publishedOn", publishedOn),
                    fields.optionalText("publishedAt", publishedAt, BoardResponse.ADDRESS_MAX));
            fields.verify();
            return parsed;
        }

        record Parsed(
                Boolean reviewCommissioned,
                String reviewer,
                Boolean independent,
                String scope,
                String conclusion,
                LocalDate publishedOn,
                String publishedAt) {}
    }

    /**
     * A commitment; {@code origin} STATEMENT (the default), DIALOGUE with the {@code dialogueId} it was made in, or
     * WITHDRAWAL_AGREEMENT.
     */
    public record NewCommitment(String text, String madeOn, String dueOn, String origin, String dialogueId) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.optionalText("text", text, Commitment.TEXT_MAX),
                    fields.requiredDate("madeOn", madeOn),
                    fields.requiredDate("dueOn", dueOn),
                    fields.choice("origin", origin, CommitmentOrigin.class, CommitmentOrigin.STATEMENT),
                    fields.optionalCount("dialogueId", dialogueId));
            fields.verify();
            return parsed;
        }

        record Parsed(String text, LocalDate madeOn, LocalDate dueOn, CommitmentOrigin origin, Long dialogueId) {}
    }

    public record RequestWithdrawal(String withdrawnOn) {

        LocalDate parse() {
            var fields = new RequestFields();
            var on = fields.requiredDate("withdrawnOn", withdrawnOn);
            fields.verify();
            return on;
        }
    }

    public record Dialogue(
            String heldOn, String kind, String companyParticipants, String proponentParticipants, String notes) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.requiredDate("heldOn", heldOn),
                    fields.requiredChoice("kind", kind, DialogueKind.class),
                    fields.optionalText("companyParticipants", companyParticipants, DialogueEntry.PARTICIPANTS_MAX),
                    fields.optionalText("proponentParticipants", proponentParticipants, DialogueEntry.PARTICIPANTS_MAX),
                    fields.optionalText("notes", notes, DialogueEntry.NOTES_MAX));
            fields.verify();
            return parsed;
        }

        record Parsed(
                LocalDate heldOn,
                DialogueKind kind,
                String companyParticipants,
                String proponentParticipants,
                String notes) {}
    }

    /** The proposal's withdrawal: {@code on} the day the lead filer withdraws; an agreement's terms and date. */
    public record Withdrawal(String withAgreement, String terms, String agreedOn, String on) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    Boolean.TRUE.equals(fields.optionalFlag("withAgreement", withAgreement, false)),
                    fields.optionalText("terms", terms, ProposalWithdrawal.TERMS_MAX),
                    fields.optionalDate("agreedOn", agreedOn),
                    fields.requiredDate("on", on));
            fields.verify();
            return parsed;
        }

        record Parsed(boolean withAgreement, String terms, LocalDate agreedOn, LocalDate on) {}
    }

    public record Consent(String on) {

        LocalDate parse() {
            var fields = new RequestFields();
            var day = fields.requiredDate("on", on);
            fields.verify();
            return day;
        }
    }

    public record Assessment(String status, String evidence) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.requiredChoice("status", status, CommitmentStatus.class),
                    fields.optionalText("evidence", evidence, Commitment.TEXT_MAX));
            fields.verify();
            return parsed;
        }

        record Parsed(CommitmentStatus status, String evidence) {}
    }

    public record Declaration(String vote, String rationale, String shares, String visibility) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.requiredChoice("vote", vote, DeclaredVote.class),
                    fields.optionalText("rationale", rationale, VoteDeclaration.RATIONALE_MAX),
                    fields.requiredCount("shares", shares),
                    fields.requiredChoice("visibility", visibility, DeclarationVisibility.class));
            fields.verify();
            return parsed;
        }

        record Parsed(DeclaredVote vote, String rationale, Long shares, DeclarationVisibility visibility) {}
    }

    public record Opposition(String receivedOn, String definitiveProxyDate) {

        Parsed parse() {
            var fields = new RequestFields();
            var parsed = new Parsed(
                    fields.requiredDate("receivedOn", receivedOn),
                    fields.requiredDate("definitiveProxyDate", definitiveProxyDate));
            fields.verify();
            return parsed;
        }

        record Parsed(LocalDate receivedOn, LocalDate definitiveProxyDate) {}
    }
}
