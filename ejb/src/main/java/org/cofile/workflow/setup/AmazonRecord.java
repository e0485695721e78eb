package org.cofile.workflow.setup;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.answers.NoActionRequest;
import org.cofile.domain.answers.ReconsiderationOutcome;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.answers.Subject;
import org.cofile.domain.cofiling.DeliveryMethod;
import org.cofile.domain.cofiling.Proponent;
import org.cofile.domain.company.Company;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.BoardReview;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionTemplate;
import org.cofile.domain.resolution.ResolutionText;
import org.cofile.domain.resolution.ReviewAction;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.workflow.cofiling.ProponentSlots;

/**
 * The Amazon facial-recognition record of 2019–2024 as the demo's history (shared/domain/amazon-record.md): the
 * meetings, the three subjects with their resolutions and support as published, and the company's no-action requests
 * with the staff's answers. Only what the record gives is entered, through the same domain operations as a live
 * season; where it is silent the demo says so or leaves the field empty:
 *
 * <ul>
 *   <li>support is entered as reported (the record has no counts), with the basis the record names;
 *   <li>the texts are summaries for the demo, not the filed texts;
 *   <li>submission dates are not in the record: each proposal is entered as filed six months before its meeting;
 *   <li>the record leaves the proponents of 2022 blank: the demo gives each to its subject's earlier lead filer.
 * </ul>
 */
final class AmazonRecord {

    static final String SOURCE = "amazon-record.md (Cofile's record of the Amazon facial-recognition subjects)";

    /** The filing dates are not in the record: six months before each meeting stands in for them. */
    private static final int MONTHS_FILED_BEFORE_MEETING = 6;

    private static final String SUMMARY =
            "Summary for Cofile's demo; the filed text and supporting statement are in Amazon's proxy statement.";

    private final EntityManager em;
    private final ProponentSlots slots;
    private final FilingRules rules;
    private final Instant now;
    private final LocalDate today;

    AmazonRecord(EntityManager em, ProponentSlots slots, FilingRules rules, Instant now, LocalDate today) {
        this.em = em;
        this.slots = slots;
        this.rules = rules;
        this.now = now;
        this.today = today;
    }

    /** The filers of the lead organizations; the coalition's admin approves, and files for one without members. */
    record Filers(
            Organization sisters,
            Member sistersFiler,
            Organization harrington,
            Member harringtonFiler,
            Organization baptists,
            Member admin) {}

    void load(Coalition coalition, Company amazon, Filers filers) {
        var m2019 = meeting(amazon, LocalDate.of(2019, 5, 22), LocalDate.of(2019, 4, 11));
        var m2020 = meeting(amazon, LocalDate.of(2020, 5, 27), null);
        var m2021 = meeting(amazon, LocalDate.of(2021, 5, 26), null);
        var m2022 = meeting(amazon, LocalDate.of(2022, 5, 25), null);
        var m2023 = meeting(amazon, LocalDate.of(2023, 5, 24), null);
        var m2024 = meeting(amazon, LocalDate.of(2024, 5, 22), null);
        meeting(amazon, LocalDate.of(2025, 5, 21), null);

        var template = ResolutionTemplate.find(ResolutionTemplate.AMAZON_2019_FACIAL_RECOGNITION)
                .orElseThrow();
        var boardReview = filed(
                coalition,
                m2019,
                filers.sisters(),
                filers.sistersFiler(),
                filers.admin(),
                ResolutionKind.BOARD_REVIEW,
                template.title(),
                null,
                template.boardReview());
        reported(boardReview, "2.4", "the company counts abstentions");
        declinedAndNotReconsidered(boardReview);

        var studies = new ArrayList<Resolution>();
        var study2019 = study(coalition, m2019, filers);
        reported(study2019, "27.5", "about 37% excluding the CEO's shares");
        declinedAndNotReconsidered(study2019);
        studies.add(study2019);
        studies.add(reported(study(coalition, m2021, filers), "34.33", null));
        studies.add(reported(study(coalition, m2022, filers), "40.69", "PRI; other reports say about 41%"));
        studies.add(reported(study(coalition, m2023, filers), "37.40", null));
        studies.add(reported(study(coalition, m2024, filers), "19.08", null));

        var diligence = new ArrayList<Resolution>();
        var diligence2020 = diligence(coalition, m2020, filers.sisters(), filers.sistersFiler(), filers.admin());
        var request = NoActionRequest.fromRecord(
                diligence2020,
                1,
                LocalDate.of(2020, 1, 24),
                null,
                Set.of(),
                SOURCE + ": the request did not succeed and the proposal went to a vote, whose result the record"
                        + " does not give",
                today,
                rules,
                now);
        em.persist(request);
        diligence.add(diligence2020);
        diligence.add(reported(
                diligence(coalition, m2022, filers.sisters(), filers.sistersFiler(), filers.admin()),
                "40",
                "about 40%"));
        diligence.add(reported(
                diligence(coalition, m2024, filers.baptists(), filers.admin(), filers.admin()), "16.79", null));

        subject(coalition, "Facial recognition: sales to government agencies, board review", List.of(boardReview));
        subject(coalition, "Facial recognition: independent study of Rekognition", studies);
        subject(coalition, "Facial recognition: customer due diligence", diligence);
    }

    private Resolution study(Coalition coalition, AnnualMeeting meeting, Filers filers) {
        return filed(
                coalition,
                meeting,
                filers.harrington(),
                filers.harringtonFiler(),
                filers.admin(),
                ResolutionKind.REPORT,
                "Independent study of Rekognition's risks to civil and human rights",
                "RESOLVED, shareholders ask the board to commission an independent study of Rekognition and of the"
                        + " extent to which it may threaten civil, human and privacy rights, and to report on it.",
                null);
    }

    private Resolution diligence(
            Coalition coalition, AnnualMeeting meeting, Organization lead, Member filer, Member admin) {
        return filed(
                coalition,
                meeting,
                lead,
                filer,
                admin,
                ResolutionKind.REPORT,
                "Customer due diligence on facial recognition",
                "RESOLVED, shareholders ask the board to report on the due diligence the company applies to its"
                        + " customers of facial recognition, to prevent uses that violate civil and human rights.",
                null);
    }

    private Resolution filed(
            Coalition coalition,
            AnnualMeeting meeting,
            Organization lead,
            Member filer,
            Member admin,
            ResolutionKind kind,
            String title,
            String resolvedClause,
            BoardReview boardReview) {
        var drafted = Resolution.draft(
                coalition,
                meeting.getCompany(),
                meeting,
                lead,
                Jurisdiction.US,
                ResolutionText.of(kind, title, resolvedClause, SUMMARY, boardReview),
                kind,
                List.of("facial recognition", "civil rights"),
                filer,
                now,
                rules);
        var resolution = drafted.resolution();
        em.persist(resolution);
        em.persist(drafted.firstVersion());
        em.persist(drafted.created());
        em.persist(resolution.perform(ReviewAction.SUBMIT_FOR_REVIEW, null, filer, now, rules));
        em.persist(resolution.perform(ReviewAction.APPROVE, null, admin, now, rules));
        em.persist(resolution.leadProponent(now));
        slots.claim(resolution, Proponent.of(lead));
        var submitted = meeting.getMeetingDate().minusMonths(MONTHS_FILED_BEFORE_MEETING);
        em.persist(resolution.file(submitted, DeliveryMethod.COURIER, List.of(), today, null, filer, now));
        return resolution;
    }

    private Resolution reported(Resolution resolution, String percent, String basis) {
        var outcome = new MeetingOutcome(resolution, now);
        outcome.recordReportedSupport(new BigDecimal(percent), basis, SOURCE, today, now);
        em.persist(outcome);
        return resolution;
    }

    /** 2019: the staff declined on 2019-03-28 and declined to reconsider on 2019-04-03; the request's date is not given. */
    private void declinedAndNotReconsidered(Resolution resolution) {
        var request = NoActionRequest.fromRecord(
                resolution,
                1,
                null,
                resolution.getMeeting().getProxyReleaseDate(),
                Set.of(),
                SOURCE + ": Amazon asked the staff to let it exclude both 2019 proposals",
                today,
                rules,
                now);
        request.answer(StaffOutcome.DID_NOT_CONCUR, LocalDate.of(2019, 3, 28), today, now);
        request.requestReconsideration(null, today, now);
        request.answerReconsideration(ReconsiderationOutcome.DECLINED, null, LocalDate.of(2019, 4, 3), today, now);
        em.persist(request);
    }

    private void subject(Coalition coalition, String title, List<Resolution> resolutions) {
        em.persist(new Subject(coalition, title, resolutions, now));
    }

    private AnnualMeeting meeting(Company company, LocalDate date, LocalDate proxyRelease) {
        var meeting = new AnnualMeeting(company, date);
        meeting.recordProxyRelease(proxyRelease);
        em.persist(meeting);
        return meeting;
    }
}
