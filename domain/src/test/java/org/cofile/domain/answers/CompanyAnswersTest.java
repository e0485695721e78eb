package org.cofile.domain.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cofile.domain.cofiling.DeliveryMethod;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.ApprovedResolutions;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The company's answers and their clocks; each rule's source is named in the test that encodes it. */
class CompanyAnswersTest {

    private static final FilingRules RULES = new FilingRules();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate MEETING = LocalDate.of(2027, 5, 19);
    private static final LocalDate AFTER_THE_MEETING = LocalDate.of(2027, 6, 1);

    private final Organization sisters = new Organization("Sisters", OrganizationKind.FAITH_BASED_INVESTOR);
    private final Coalition coalition = new Coalition("Coalition", null);
    private final Company amazon = new Company("Amazon.com, Inc.", new Ticker("AMZN"), null, "US");
    private final Member filer = new Member(sisters, "filer@sisters.test", "Filer", Role.FILER, "hash");

    {
        coalition.join(sisters);
    }

    private Resolution approved() {
        return ApprovedResolutions.of(coalition, new AnnualMeeting(amazon, MEETING), sisters, filer, NOW, RULES);
    }

    private Resolution filed() {
        var resolution = approved();
        resolution.file(SUBMITTED, DeliveryMethod.EMAIL, List.of(), SUBMITTED, null, filer, NOW);
        return resolution;
    }

    private DeficiencyNotice notice(Resolution resolution, LocalDate received, LocalDate sent, LocalDate reached) {
        return new DeficiencyNotice(
                resolution,
                1,
                received,
                sent,
                reached,
                Set.of(DeficiencyCode.OWNERSHIP_LETTER_NOT_DTC),
                null,
                TODAY,
                RULES,
                NOW);
    }

    @Test
    @DisplayName("17 CFR 240.14a-8(f)(1): the notice within 14 days of receipt, the cure within 14 days of the notice")
    void aDeficiencyNoticeCarriesBothFourteenDayClocks() {
        var late = notice(filed(), LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 19));
        assertThat(late.getNoticeDueOn()).isEqualTo(LocalDate.of(2026, 9, 17));
        assertThat(late.isNoticeTimely()).isFalse();
        assertThat(late.getCureDeadline()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(late.isCureOverdue(LocalDate.of(2026, 10, 3))).isFalse();
        assertThat(late.isCureOverdue(LocalDate.of(2026, 10, 4))).isTrue();

        late.cure(LocalDate.of(2026, 10, 3), "Letter from the DTC participant", TODAY, NOW);
        assertThat(late.isCureTimely()).isTrue();
        assertThat(late.isCureOverdue(TODAY)).isFalse();

        var onTime = notice(filed(), LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 17), LocalDate.of(2026, 9, 17));
        assertThat(onTime.isNoticeTimely()).isTrue();
    }

    @Test
    @DisplayName("14a-8(f)(1): a late proposal needs no notice and nothing cures it")
    void aLateProposalIsNotCurable() {
        var notice = new DeficiencyNotice(
                filed(),
                1,
                LocalDate.of(2026, 9, 3),
                LocalDate.of(2026, 9, 4),
                LocalDate.of(2026, 9, 4),
                Set.of(DeficiencyCode.LATE),
                null,
                TODAY,
                RULES,
                NOW);
        assertThat(notice.isCurable()).isFalse();
        assertThat(notice.isCureOverdue(TODAY)).isFalse();
    }

    @Test
    void impossibleDatesAreRefusedWithTheFieldNamed() {
        var resolution = filed();
        assertThatThrownBy(() -> notice(
                        resolution, LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 9)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("noticeReceivedOn"));
        assertThatThrownBy(() -> notice(
                        resolution, LocalDate.of(2026, 8, 30), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11)))
                .hasMessageContaining("before it was submitted on 2026-09-01");
        assertThatThrownBy(() ->
                        notice(resolution, LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 10), TODAY.plusDays(1)))
                .hasMessageContaining("after today");
        var notice = notice(resolution, LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 12));
        assertThatThrownBy(() -> notice.cure(LocalDate.of(2026, 9, 11), null, TODAY, NOW))
                .hasMessageContaining("before its notice was received (2026-09-12)");
        assertThatThrownBy(() -> new DeficiencyNotice(
                        resolution, 2, SUBMITTED, SUBMITTED, SUBMITTED, Set.of(), null, TODAY, RULES, NOW))
                .hasMessageContaining("at least one deficiency");
    }

    @Test
    void answersWaitForTheFiling() {
        assertThatThrownBy(() -> notice(approved(), SUBMITTED, SUBMITTED, SUBMITTED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("once the resolution is filed");
    }

    @Test
    @DisplayName("14a-8(j)(1): a no-action request 80 days before the definitive proxy; the posture of its filing date")
    void aNoActionRequestKnowsItsTimingAndPosture() {
        var request = new NoActionRequest(
                filed(),
                1,
                LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 12, 4),
                Set.of(ExclusionGround.I_7),
                TODAY,
                RULES,
                NOW);
        assertThat(request.getDaysBefore()).isEqualTo(80);
        assertThat(request.getTimely()).isTrue();
        assertThat(request.getLatestTimelyOn()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(request.getPosture()).contains("2025-26");

        var late = new NoActionRequest(
                filed(),
                2,
                LocalDate.of(2026, 9, 16),
                LocalDate.of(2026, 12, 4),
                Set.of(ExclusionGround.I_7),
                TODAY,
                RULES,
                NOW);
        assertThat(late.getTimely()).isFalse();
        assertThat(late.getDaysBefore()).isEqualTo(79);
    }

    @Test
    @DisplayName("Corporation Finance statement of 2025-11-17: on the merits only under (i)(1), else non-objection")
    void underThe2025PostureTheStaffAnswersOnTheMeritsOnlyUnderI1() {
        var ordinaryBusiness = new NoActionRequest(
                filed(),
                1,
                LocalDate.of(2026, 9, 15),
                LocalDate.of(2027, 3, 31),
                Set.of(ExclusionGround.I_7),
                TODAY,
                RULES,
                NOW);
        assertThatThrownBy(
                        () -> ordinaryBusiness.answer(StaffOutcome.CONCURRED, LocalDate.of(2026, 10, 20), TODAY, NOW))
                .hasMessageContaining("only under 14a-8(i)(1)");
        ordinaryBusiness.answer(StaffOutcome.NON_OBJECTION, LocalDate.of(2026, 10, 20), TODAY, NOW);
        assertThat(ordinaryBusiness.allowsExclusion()).isTrue();

        var stateLaw = new NoActionRequest(
                filed(),
                2,
                LocalDate.of(2026, 9, 15),
                LocalDate.of(2027, 3, 31),
                Set.of(ExclusionGround.I_1, ExclusionGround.I_7),
                TODAY,
                RULES,
                NOW);
        stateLaw.answer(StaffOutcome.DID_NOT_CONCUR, LocalDate.of(2026, 10, 20), TODAY, NOW);
        assertThat(stateLaw.allowsExclusion()).isFalse();

        var afterTheSeason = new NoActionRequest(
                filed(),
                3,
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2027, 3, 31),
                Set.of(ExclusionGround.I_10),
                TODAY,
                RULES,
                NOW);
        assertThat(afterTheSeason.getPosture()).isNull();
        assertThatThrownBy(() -> afterTheSeason.answer(StaffOutcome.NON_OBJECTION, TODAY, TODAY, NOW))
                .hasMessageContaining("only under the 2025-26 staff posture");
        assertThatThrownBy(() -> afterTheSeason.answer(StaffOutcome.CONCURRED, LocalDate.of(2026, 10, 1), TODAY, NOW))
                .hasMessageContaining("before the request was filed");
    }

    @Test
    void aNoActionRequestNeedsAProxyBeforeTheMeetingAndGrounds() {
        assertThatThrownBy(() -> new NoActionRequest(
                        filed(), 1, LocalDate.of(2026, 9, 15), MEETING, Set.of(), TODAY, RULES, NOW))
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("definitiveProxyDate", "grounds"));
    }

    @Test
    @DisplayName("SLB 14 and 14a-8(i)(12): support is for / (for + against); the company's figure counts abstentions")
    void theVoteIsKeptRawAndBothFiguresComeFromTheEngine() {
        var outcome = new MeetingOutcome(filed(), NOW);
        var counts = new VoteCounts(
                10_670_000L, 432_200_000L, 2_300_000L, 46_000_000L, 498_000_000L); // Amazon 2019-style figures
        assertThatThrownBy(() -> outcome.recordVote(counts, "Form 8-K", TODAY, NOW))
                .hasMessageContaining("its result comes after it");
        outcome.recordVote(counts, "Form 8-K of 2027-05-24", AFTER_THE_MEETING, NOW);
        var result = outcome.result(RULES).orElseThrow();
        assertThat(result.sec().percent()).isEqualByComparingTo(new BigDecimal("2.41"));
        assertThat(result.company().percent()).isLessThan(result.sec().percent());

        assertThatThrownBy(() -> outcome.recordVote(
                        new VoteCounts(400L, 200L, 0L, 0L, 500L), "Form 8-K", AFTER_THE_MEETING, NOW))
                .hasMessageContaining("More shares voted than are outstanding");
    }

    @Test
    @DisplayName("14a-8(h)(3): a no-show without good cause bars the proponent for the following two calendar years")
    void aNoShowBarsTheProponentsForTwoCalendarYears() {
        var outcome = new MeetingOutcome(filed(), NOW);
        assertThatThrownBy(() -> outcome.record(6, false, null, false, TODAY, NOW))
                .hasMessageContaining("known after it");
        outcome.record(6, false, null, false, AFTER_THE_MEETING, NOW);
        var bar = outcome.noShowBar(RULES).orElseThrow();
        assertThat(bar.opens()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(bar.closes()).isEqualTo(LocalDate.of(2029, 12, 31));

        outcome.record(6, false, null, true, AFTER_THE_MEETING, NOW);
        assertThat(outcome.noShowBar(RULES).orElseThrow().applies()).isFalse();
        outcome.record(6, true, "Sister Nora Nash", false, AFTER_THE_MEETING, NOW);
        assertThat(outcome.noShowBar(RULES)).isEmpty();
        assertThatThrownBy(() -> outcome.record(6, true, " ", false, AFTER_THE_MEETING, NOW))
                .hasMessageContaining("who presented");
    }

    @Test
    void aCommitmentIsDueAfterItWasMadeAndKeptOnEvidence() {
        var resolution = filed();
        assertThatThrownBy(
                        () -> new Commitment(resolution, "Publish the review", TODAY, TODAY.minusDays(1), TODAY, NOW))
                .hasMessageContaining("before it was made");
        assertThatThrownBy(() -> new Commitment(resolution, " ", TODAY, TODAY, TODAY, NOW))
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("text"));
        var commitment = new Commitment(
                resolution, "Publish an independent human-rights assessment", TODAY, TODAY.plusDays(90), TODAY, NOW);
        assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(commitment.isOverdue(TODAY.plusDays(90))).isFalse();
        assertThat(commitment.isOverdue(TODAY.plusDays(91))).isTrue();

        assertThatThrownBy(() -> commitment.assess(CommitmentStatus.MET, null, NOW))
                .hasMessageContaining("evidence");
        commitment.assess(CommitmentStatus.PARTLY_MET, "https://example.org/assessment-2027.pdf", NOW);
        assertThat(commitment.isOverdue(TODAY.plusDays(91))).isFalse();
        commitment.assess(CommitmentStatus.MISSED, null, NOW);
        assertThat(commitment.getEvidence()).isNull();
    }

    @Test
    void theBoardsAnswerBelongsToABoardReviewResolutionAndIsConsistent() {
        var response = new BoardResponse(filed(), NOW);
        assertThatThrownBy(() -> response.record(false, "Foley Hoag", null, null, null, null, null, TODAY, NOW))
                .hasMessageContaining("No review was commissioned");
        assertThatThrownBy(
                        () -> response.record(true, null, true, null, null, TODAY.plusDays(1), "ftp://x", TODAY, NOW))
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("publishedOn", "publishedAt"));
        response.record(
                true,
                "An outside law firm",
                true,
                "Sales of Rekognition to government agencies",
                "No finding published",
                TODAY,
                "https://example.org/board-review",
                TODAY,
                NOW);
        assertThat(response.getIndependent()).isTrue();
        assertThat(response.getPublishedAt()).isEqualTo("https://example.org/board-review");
    }

    private NoActionRequest answeredRequest(StaffOutcome outcome) {
        var request = new NoActionRequest(
                filed(),
                1,
                LocalDate.of(2026, 9, 15),
                LocalDate.of(2027, 3, 31),
                Set.of(ExclusionGround.I_1),
                TODAY,
                RULES,
                NOW);
        request.answer(outcome, LocalDate.of(2026, 11, 2), TODAY, NOW);
        return request;
    }

    @Test
    @DisplayName("Amazon 2019 (amazon-record.md): the staff declined on 2019-03-28 and declined to reconsider on"
            + " 2019-04-03; a reconsideration that changes the answer replaces it")
    void theStaffMayBeAskedToReconsider() {
        var declined = answeredRequest(StaffOutcome.DID_NOT_CONCUR);
        assertThatThrownBy(() -> declined.requestReconsideration(LocalDate.of(2026, 11, 1), TODAY, NOW))
                .hasMessageContaining("after the staff's answer");
        assertThatThrownBy(
                        () -> declined.answerReconsideration(ReconsiderationOutcome.DECLINED, null, TODAY, TODAY, NOW))
                .hasMessageContaining("No one asked");
        declined.requestReconsideration(LocalDate.of(2026, 11, 5), TODAY, NOW);
        declined.answerReconsideration(ReconsiderationOutcome.DECLINED, null, LocalDate.of(2026, 11, 12), TODAY, NOW);
        assertThat(declined.getOutcome()).isEqualTo(StaffOutcome.DID_NOT_CONCUR);
        assertThat(declined.allowsExclusion()).isFalse();

        var changed = answeredRequest(StaffOutcome.DID_NOT_CONCUR);
        changed.requestReconsideration(LocalDate.of(2026, 11, 5), TODAY, NOW);
        assertThatThrownBy(() -> changed.answerReconsideration(
                        ReconsiderationOutcome.CHANGED, StaffOutcome.DID_NOT_CONCUR, TODAY, TODAY, NOW))
                .hasMessageContaining("say what it changed to");
        changed.answerReconsideration(
                ReconsiderationOutcome.CHANGED, StaffOutcome.CONCURRED, LocalDate.of(2026, 11, 12), TODAY, NOW);
        assertThat(changed.allowsExclusion()).isTrue();
    }

    @Test
    @DisplayName("SLB 14F: the company withdraws its request once every proponent has withdrawn the proposal")
    void aRequestIsWithdrawnAfterTheProposal() {
        var request = answeredRequest(StaffOutcome.CONCURRED);
        assertThatThrownBy(() -> request.withdraw(TODAY, null, TODAY, NOW)).hasMessageContaining("SLB 14F");
        assertThatThrownBy(() -> request.withdraw(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20), TODAY, NOW))
                .hasMessageContaining("after the proposal");
        request.withdraw(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 20), TODAY, NOW);
        assertThat(request.allowsExclusion()).isFalse();
        assertThatThrownBy(() -> request.answer(StaffOutcome.NO_VIEW, TODAY, TODAY, NOW))
                .hasMessageContaining("withdrew this request");
    }

    @Test
    @DisplayName("A past season's request may lack its filing date and grounds when its record names its source; one"
            + " entered as it happens may not")
    void aRequestFromAPastRecordMayLackItsDate() {
        var fromRecord = NoActionRequest.fromRecord(
                filed(), 1, null, LocalDate.of(2027, 4, 9), Set.of(), "amazon-record.md", TODAY, RULES, NOW);
        assertThat(fromRecord.getTimely()).isNull();
        assertThat(fromRecord.getDaysBefore()).isNull();
        assertThat(fromRecord.getGrounds()).isEmpty();
        assertThat(fromRecord.getRuleSet()).isNotBlank();
        fromRecord.answer(StaffOutcome.DID_NOT_CONCUR, LocalDate.of(2026, 11, 20), TODAY, NOW);
        assertThatThrownBy(() -> NoActionRequest.fromRecord(
                        filed(), 1, null, LocalDate.of(2027, 4, 9), Set.of(), " ", TODAY, RULES, NOW))
                .hasMessageContaining("which record");
        assertThatThrownBy(() -> new NoActionRequest(
                        filed(), 1, null, LocalDate.of(2027, 4, 9), Set.of(ExclusionGround.I_7), TODAY, RULES, NOW))
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("filedOn"));
    }

    @Test
    @DisplayName("A vote known only by its published figure (amazon-record.md: 2.4% in 2019, abstentions counted) is"
            + " labelled as reported; recorded counts take over")
    void aReportedFigureStandsUntilCountsAreRecorded() {
        var outcome = new MeetingOutcome(filed(), NOW);
        assertThatThrownBy(() -> outcome.recordReportedSupport(new BigDecimal("2.4"), null, "press", TODAY, NOW))
                .hasMessageContaining("its result comes after it");
        assertThatThrownBy(
                        () -> outcome.recordReportedSupport(new BigDecimal("100.5"), null, " ", AFTER_THE_MEETING, NOW))
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("reportedSupportPercent", "source"));
        assertThatThrownBy(() ->
                        outcome.recordReportedSupport(new BigDecimal("2.456"), null, "press", AFTER_THE_MEETING, NOW))
                .hasMessageContaining("decimals");
        outcome.recordReportedSupport(
                new BigDecimal("2.4"), "the company counts abstentions", "ICCR", AFTER_THE_MEETING, NOW);
        var reported = outcome.support(RULES).orElseThrow();
        assertThat(reported.reported()).isTrue();
        assertThat(reported.percent()).isEqualByComparingTo("2.40");
        assertThat(reported.label()).contains("As reported", "abstentions");
        assertThat(outcome.priorVote().orElseThrow().isReported()).isTrue();

        outcome.recordVote(VoteCounts.of(1, 3, 0, 0), "Form 8-K", AFTER_THE_MEETING, NOW);
        var computed = outcome.support(RULES).orElseThrow();
        assertThat(computed.reported()).isFalse();
        assertThat(computed.percent()).isEqualByComparingTo("25.00");
        assertThat(outcome.priorVote().orElseThrow().isReported()).isFalse();
    }

    @Test
    @DisplayName("SLB 14F: a proposal is withdrawn once every proponent has given its word; then no vote is recorded")
    void aWithdrawalIsCompleteWithEveryProponentsWord() {
        var harrington = new Organization("Harrington", OrganizationKind.SRI_FIRM);
        var aclu = new Organization("ACLU", OrganizationKind.CIVIL_RIGHTS_NGO);
        var proponents = List.of(sisters, harrington);
        var resolution = filed();
        assertThatThrownBy(() -> new ProposalWithdrawal(resolution, true, " ", null, TODAY, TODAY, NOW))
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKeys("terms", "agreedOn"));
        assertThatThrownBy(
                        () -> new ProposalWithdrawal(resolution, false, null, null, SUBMITTED.minusDays(1), TODAY, NOW))
                .hasMessageContaining("after its submission");
        var withdrawal = new ProposalWithdrawal(
                resolution, true, "The board publishes a human-rights assessment.", TODAY, TODAY, TODAY, NOW);

        assertThat(withdrawal.consent(sisters, proponents, TODAY, filer, TODAY, NOW))
                .isEmpty();
        assertThat(withdrawal.awaiting(proponents)).containsExactly(harrington);
        assertThatThrownBy(() -> withdrawal.consent(sisters, proponents, TODAY, filer, TODAY, NOW))
                .hasMessageContaining("already withdrawn");
        assertThatThrownBy(() -> withdrawal.consent(aclu, proponents, TODAY, filer, TODAY, NOW))
                .hasMessageContaining("not a proponent");
        assertThat(resolution.getState()).isEqualTo(ResolutionState.FILED);

        var event = withdrawal.consent(harrington, proponents, TODAY, filer, TODAY, NOW);
        assertThat(event).isPresent();
        assertThat(withdrawal.getCompletedOn()).isEqualTo(TODAY);
        assertThat(resolution.getState()).isEqualTo(ResolutionState.WITHDRAWN);

        var outcome = new MeetingOutcome(resolution, NOW);
        assertThatThrownBy(() -> outcome.recordVote(VoteCounts.of(1, 1, 0, 0), "8-K", AFTER_THE_MEETING, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("withdrew");
        var kept = new Commitment(
                resolution,
                "Publish the assessment",
                TODAY,
                TODAY.plusMonths(6),
                CommitmentOrigin.WITHDRAWAL_AGREEMENT,
                null,
                withdrawal,
                TODAY,
                NOW);
        assertThat(kept.getOrigin()).isEqualTo(CommitmentOrigin.WITHDRAWAL_AGREEMENT);
    }

    @Test
    void aCommitmentOfAnAgreementNeedsTheAgreementAndOneOfADialogueNamesIt() {
        var resolution = filed();
        assertThatThrownBy(() -> new Commitment(
                        resolution,
                        "Publish",
                        TODAY,
                        TODAY,
                        CommitmentOrigin.WITHDRAWAL_AGREEMENT,
                        null,
                        null,
                        TODAY,
                        NOW))
                .hasMessageContaining("Record the withdrawal");
        assertThatThrownBy(() -> new Commitment(
                        resolution, "Publish", TODAY, TODAY, CommitmentOrigin.DIALOGUE, null, null, TODAY, NOW))
                .hasMessageContaining("Name the dialogue");
        var call = new DialogueEntry(
                resolution,
                TODAY,
                DialogueKind.CALL,
                "Corporate secretary",
                "Sisters",
                "Agreed to review",
                TODAY,
                filer,
                NOW);
        var fromCall =
                new Commitment(resolution, "Publish", TODAY, TODAY, CommitmentOrigin.DIALOGUE, call, null, TODAY, NOW);
        assertThat(fromCall.getDialogue()).isSameAs(call);
    }

    @Test
    void aDialogueFollowsTheSubmissionAndNamesTheCompanysSide() {
        var resolution = filed();
        assertThatThrownBy(() -> new DialogueEntry(
                        resolution, SUBMITTED.minusDays(1), null, " ", null, "x".repeat(6_000), TODAY, filer, NOW))
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("heldOn", "kind", "companyParticipants", "notes"));
        assertThatThrownBy(() -> new DialogueEntry(
                        approved(), TODAY, DialogueKind.CALL, "Secretary", null, null, TODAY, filer, NOW))
                .isInstanceOf(ConflictException.class);
    }
}
