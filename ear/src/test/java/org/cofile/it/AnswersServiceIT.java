package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.cofile.domain.answers.CommitmentStatus;
import org.cofile.domain.answers.DeclarationVisibility;
import org.cofile.domain.answers.DeclaredVote;
import org.cofile.domain.answers.DeficiencyCode;
import org.cofile.domain.answers.FollowUpReminder;
import org.cofile.domain.cofiling.DeliveryMethod;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionTemplate;
import org.cofile.domain.resolution.ReviewAction;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.answers.AnswersService;
import org.cofile.workflow.answers.SubjectService;
import org.cofile.workflow.cofiling.CoFilingService;
import org.cofile.workflow.resolution.ResolutionData;
import org.cofile.workflow.resolution.ResolutionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 on a meeting already held, which only data set up inside the server can have (a resolution is filed months
 * before its meeting): the vote with both support figures, and a proposal not presented without good cause barring
 * its proponents at that company until the engine's two calendar years end (14a-8(h)(3)).
 */
@ExtendWith(ArquillianExtension.class)
class AnswersServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Inject
    private ResolutionService resolutions;

    @Inject
    private CoFilingService coFiling;

    @Inject
    private AnswersService answers;

    @Inject
    private SubjectService subjects;

    @PersistenceContext(unitName = "cofile")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return Transactions.in(transaction, work);
    }

    private Company company() throws Exception {
        var ticker = TestMeetings.ticker();
        return inTransaction(() -> {
            var company = new Company("Answers company " + ticker, new Ticker(ticker), null, "US");
            em.persist(company);
            return company;
        });
    }

    private AnnualMeeting meeting(Company company, LocalDate on) throws Exception {
        return inTransaction(() -> {
            var meeting = new AnnualMeeting(em.find(Company.class, company.getId()), on);
            meeting.announceProposalDeadline(on.minusDays(150));
            em.persist(meeting);
            return meeting;
        });
    }

    /** A resolution of the Sisters for {@code meeting}, approved by the coalition. */
    private long approved(AnnualMeeting meeting) throws Exception {
        var data = ResolutionData.from(ResolutionTemplate.find(ResolutionTemplate.AMAZON_2019_FACIAL_RECOGNITION)
                .orElseThrow());
        data.setTitle("After filing " + UUID.randomUUID());
        data.setCoalitionId(em.createNamedQuery("Coalition.findByName", Coalition.class)
                .setParameter("name", "Coalition on Face Surveillance")
                .getSingleResult()
                .getId());
        data.setCompanyId(meeting.getCompany().getId());
        data.setMeetingId(meeting.getId());
        data.setLeadFilerOrganizationId(em.createNamedQuery("Organization.findByName", Organization.class)
                .setParameter("name", Demo.SISTERS)
                .getSingleResult()
                .getId());
        data.setKind(ResolutionKind.BOARD_REVIEW);
        long id = SignedIn.as(Demo.SISTERS_FILER, () -> {
            long created = resolutions.create(data).getId();
            resolutions.perform(created, ReviewAction.SUBMIT_FOR_REVIEW, null);
            return created;
        });
        SignedIn.as(Demo.COALITION_ADMIN, () -> resolutions.perform(id, ReviewAction.APPROVE, null));
        return id;
    }

    /**
     * Filed months ago, as the record of a past season is: through the aggregate, since the co-filing checks of the
     * filing measure holdings against a submission date of today's.
     */
    private long filedForAHeldMeeting(Company company) throws Exception {
        return filedForAHeldMeeting(company, today().minusDays(30));
    }

    private long filedForAHeldMeeting(Company company, LocalDate heldOn) throws Exception {
        var held = meeting(company, heldOn);
        long id = approved(held);
        var submitted = held.getMeetingDate().minusDays(160);
        inTransaction(() -> {
            var filer = em.createNamedQuery("Member.findActiveByEmail", Member.class)
                    .setParameter("email", Demo.SISTERS_FILER)
                    .getSingleResult();
            em.persist(em.find(Resolution.class, id)
                    .file(submitted, DeliveryMethod.EMAIL, List.of(), submitted, null, filer, Instant.now()));
            return null;
        });
        return id;
    }

    @Test
    void theVoteOfAHeldMeetingIsRecordedWithBothSupportFigures() throws Exception {
        long id = filedForAHeldMeeting(company());
        var page = SignedIn.as(
                Demo.SISTERS_FILER,
                () -> answers.recordVote(
                        id, new VoteCounts(10_670_000L, 432_200_000L, 2_300_000L, 46_000_000L, null), "Form 8-K"));
        // Rule 14a-8(i)(12) and SLB 14: for / (for + against); the company's figure also counts abstentions.
        assertThat(page.vote().sec().percent()).isEqualByComparingTo(new BigDecimal("2.41"));
        assertThat(page.vote().company().percent()).isLessThan(page.vote().sec().percent());
        assertThatThrownBy(() -> SignedIn.as(
                        Demo.ACLU_MEMBER,
                        () -> answers.recordVote(id, new VoteCounts(1L, 1L, 0L, 0L, null), "Form 8-K")))
                .hasMessageContaining("lead filer's filers");
        assertThatThrownBy(() -> SignedIn.as(
                        Demo.SISTERS_FILER, () -> answers.recordVote(id, new VoteCounts(1L, 1L, 0L, 0L, null), " ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("where the figures come from");
    }

    @Test
    void aProposalNotPresentedWithoutGoodCauseBarsItsProponentsAtThatCompany() throws Exception {
        var company = company();
        long missed = filedForAHeldMeeting(company);
        var page = SignedIn.as(Demo.SISTERS_FILER, () -> answers.recordMeetingOutcome(missed, 4, false, null, false));
        var bar = page.noShowBar();
        int year = page.resolution().getMeeting().getMeetingDate().getYear();
        assertThat(bar.opens()).isEqualTo(LocalDate.of(year + 1, 1, 1));
        assertThat(bar.closes()).isEqualTo(LocalDate.of(year + 2, 12, 31));

        // The next proposal of the Sisters at that company, for a meeting inside the bar, is refused at filing.
        long next = approved(meeting(company, LocalDate.of(year + 1, 6, 15)));
        assertThatThrownBy(() -> SignedIn.as(
                        Demo.SISTERS_FILER, () -> coFiling.file(next, today(), DeliveryMethod.EMAIL, Map.of())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(Demo.SISTERS)
                .hasMessageContaining("14a-8(h)(3)");

        // Good cause lifts the bar: filing then stops only at what co-filing still lacks.
        SignedIn.as(Demo.SISTERS_FILER, () -> answers.recordMeetingOutcome(missed, 4, false, null, true));
        assertThatThrownBy(() -> SignedIn.as(
                        Demo.SISTERS_FILER, () -> coFiling.file(next, today(), DeliveryMethod.EMAIL, Map.of())))
                .isInstanceOf(ConflictException.class)
                .hasMessageNotContaining("14a-8(h)(3)");
    }

    @Test
    void aCureWhoseDayHasPassedIsFlaggedForTheLeadFilerOnly() throws Exception {
        long id = filedForAHeldMeeting(company());
        var reached = today().minusDays(30);
        var notice = SignedIn.as(
                Demo.SISTERS_FILER,
                () -> answers.recordDeficiencyNotice(
                        id, reached, reached, reached, Set.of(DeficiencyCode.NO_INTENT_STATEMENT), null));
        // 14a-8(f)(1): 14 days from the notice's receipt.
        assertThat(notice.getCureDeadline()).isEqualTo(reached.plusDays(14));
        assertThat(SignedIn.as(Demo.SISTERS_FILER, () -> answers.overdueCures()))
                .extracting(n -> n.getResolution().getId())
                .contains(id);
        assertThat(SignedIn.as(Demo.HARRINGTON_FILER, () -> answers.overdueCures()))
                .extracting(n -> n.getResolution().getId())
                .doesNotContain(id);

        SignedIn.as(Demo.SISTERS_FILER, () -> answers.cure(id, notice.getNumber(), today(), "Sent at last"));
        assertThat(SignedIn.as(Demo.SISTERS_FILER, () -> answers.overdueCures()))
                .extracting(n -> n.getResolution().getId())
                .doesNotContain(id);
    }

    @Test
    void aCommitmentStillOpenAfterItsDayIsFlaggedUntilItIsShownKept() throws Exception {
        long id = filedForAHeldMeeting(company());
        var commitment = SignedIn.as(
                Demo.SISTERS_FILER,
                () -> answers.addCommitment(
                        id, "Publish the review's findings", today().minusDays(60), today().minusDays(10)));
        assertThat(SignedIn.as(Demo.SISTERS_FILER, () -> answers.overdueCommitments()))
                .extracting(c -> c.getId())
                .contains(commitment.getId());
        assertThat(SignedIn.as(Demo.HARRINGTON_FILER, () -> answers.overdueCommitments()))
                .extracting(c -> c.getId())
                .doesNotContain(commitment.getId());
        SignedIn.as(
                Demo.SISTERS_FILER,
                () -> answers.assessCommitment(
                        commitment.getId(), CommitmentStatus.PARTLY_MET, "Summary published on the company's site"));
        assertThat(SignedIn.as(Demo.SISTERS_FILER, () -> answers.overdueCommitments()))
                .extracting(c -> c.getId())
                .doesNotContain(commitment.getId());
    }

    @Test
    void aDeclarationComesBeforeTheMeeting() throws Exception {
        long id = filedForAHeldMeeting(company());
        assertThatThrownBy(() -> SignedIn.as(
                        Demo.HARRINGTON_FILER,
                        () -> answers.declare(id, DeclaredVote.FOR, null, 100L, DeclarationVisibility.PUBLIC)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("has voted");
    }

    @Test
    void aSubjectsVotesDecideWhetherItsNextProposalMayBeExcludedAsAResubmission() throws Exception {
        var company = company();
        long first = filedForAHeldMeeting(company, today().minusYears(2));
        // The second has an earlier meeting with no proxy release date, so the engine cannot tell its deadline: its
        // review used to be undone silently, the refused deadline lookup marking the transaction for rollback.
        long second = filedForAHeldMeeting(company, today().minusYears(1));
        SignedIn.as(Demo.SISTERS_FILER, () -> {
            answers.recordVote(first, new VoteCounts(2_400L, 97_600L, 0L, 0L, null), "Form 8-K");
            answers.recordVote(second, new VoteCounts(10_000L, 90_000L, 0L, 0L, null), "Form 8-K");
        });
        var subject = SignedIn.as(
                Demo.SISTERS_FILER,
                () -> subjects.create("Facial recognition: sales to government", List.of(first, second)));
        var history = SignedIn.as(Demo.ACLU_MEMBER, () -> subjects.history(subject.getId()));
        assertThat(history.years()).extracting(y -> y.resolution().getId()).containsExactly(first, second);

        // 14a-8(i)(12)(ii) of the 2020 rule set: voted on twice within five years, last support under 15%.
        var next = today().plusMonths(6);
        var verdict = SignedIn.as(Demo.SISTERS_FILER, () -> subjects.resubmission(subject.getId(), next));
        assertThat(verdict.excludable()).isTrue();
        assertThat(verdict.timesVoted()).isEqualTo(2);
        assertThat(verdict.lastSupportPercent()).isEqualByComparingTo(new BigDecimal("10.00"));

        assertThatThrownBy(() -> SignedIn.as(Demo.OTHER_COALITION_ADMIN, () -> subjects.history(subject.getId())))
                .hasMessageContaining("Subject");
        long elsewhere = filedForAHeldMeeting(company(), today().minusDays(40));
        assertThatThrownBy(() ->
                        SignedIn.as(Demo.SISTERS_FILER, () -> subjects.create("Mixed", List.of(first, elsewhere))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("one company");
    }

    /** The follow-up check runs every two seconds here (arquillian.xml); 14 and 2 days before the meeting by default. */
    @Test
    void theLeadFilersFilersAreRemindedBeforeTheMeetingOnce() throws Exception {
        var meetingOn = today().plusDays(5);
        long id = filedForAHeldMeeting(company(), meetingOn);
        var reminders = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> meetingReminders(id), list -> !list.isEmpty());
        assertThat(reminders.get(0).isFor(id, meetingOn, 14)).isTrue();
        // Over a few more runs, still that one.
        Awaitility.await()
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(8))
                .until(() -> meetingReminders(id).size() == 1);
    }

    private List<FollowUpReminder> meetingReminders(long resolution) {
        return em.createNamedQuery("FollowUpReminder.listBySubjects", FollowUpReminder.class)
                .setParameter("kind", FollowUpReminder.Kind.MEETING)
                .setParameter("subjects", List.of(resolution))
                .getResultList();
    }
}
