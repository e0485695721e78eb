package org.cofile.domain.cofiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.cofile.domain.company.Cik;
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
import org.cofile.domain.rules.EligibilityStatus;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.MissingCode;
import org.cofile.domain.rules.us.Rule14a8As2020;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoFilingTest {

    private static final FilingRules RULES = new FilingRules();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 10);
    private static final LocalDate MEETING = LocalDate.of(2027, 5, 19);

    private final Organization sisters = new Organization("Sisters", OrganizationKind.FAITH_BASED_INVESTOR);
    private final Organization harrington = new Organization("Harrington", OrganizationKind.SRI_FIRM);
    private final Organization outsider = new Organization("Outsider", OrganizationKind.ASSET_MANAGER);
    private final Coalition coalition = new Coalition("Coalition", null);
    private final Company amazon = new Company("Amazon.com, Inc.", new Ticker("AMZN"), new Cik("0001018724"), "US");
    private final AnnualMeeting meeting = new AnnualMeeting(amazon, MEETING);
    private final Member filer = new Member(sisters, "filer@sisters.test", "Filer", Role.FILER, "hash");

    {
        coalition.join(sisters);
        coalition.join(harrington);
    }

    private Resolution approved() {
        return ApprovedResolutions.of(coalition, meeting, sisters, filer, NOW, RULES);
    }

    private CoFiler joined(Resolution resolution) {
        var coFiler = resolution.invite(harrington, TODAY, DEADLINE, NOW);
        coFiler.decide(true, null, TODAY, DEADLINE, NOW);
        return coFiler;
    }

    private static Availability day(LocalDate date) {
        return new Availability(date, LocalTime.of(10, 0), LocalTime.of(12, 0), "availability[0]");
    }

    private static HoldingRecord holding(String value, LocalDate heldSince, String dtc, LocalDate meetOn) {
        return new HoldingRecord(
                new BigDecimal("100"),
                heldSince,
                null,
                new BigDecimal(value),
                "Example Trust Company",
                dtc,
                TODAY,
                true,
                List.of(day(meetOn)),
                "Jane Doe, +1 212 555 0100",
                null);
    }

    private static CoFilerReadiness readiness(CoFiler coFiler) {
        return CoFilerReadiness.of(coFiler, Jurisdiction.US, MEETING, TODAY, RULES);
    }

    @Test
    @DisplayName("STYLE.md example 1: the aggregate refuses a co-filer after the filing deadline")
    void coFilerIsRefusedAfterTheDeadline() {
        var resolution = approved();
        assertThatThrownBy(() -> resolution.invite(harrington, DEADLINE.plusDays(1), DEADLINE, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Co-filing closed with the filing deadline on 2026-12-10");
        assertThat(resolution.invite(harrington, DEADLINE, DEADLINE, NOW).getStatus())
                .isEqualTo(CoFilerStatus.INVITED);
    }

    @Test
    void anInvitationAcceptedAfterTheDeadlineIsRefusedToo() {
        var resolution = approved();
        var invited = resolution.invite(harrington, TODAY, DEADLINE, NOW);
        assertThatThrownBy(() -> invited.decide(true, null, DEADLINE.plusDays(1), DEADLINE, NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(invited.getStatus()).isEqualTo(CoFilerStatus.INVITED);
    }

    @Test
    void onlyOrganizationsOfTheCoalitionOtherThanTheLeadFilerAreInvited() {
        var resolution = approved();
        assertThatThrownBy(() -> resolution.invite(outsider, TODAY, DEADLINE, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> resolution.invite(sisters, TODAY, DEADLINE, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("14a-8(b)(1)(iii): days offered outside 10 to 30 calendar days after submission are refused")
    void availabilityOutsideTheEngagementWindowIsRefused() {
        var coFiler = joined(approved());
        var window = RULES.engagementWindow(MEETING, TODAY);
        assertThat(window.opens()).isEqualTo(TODAY.plusDays(Rule14a8As2020.ENGAGEMENT_MIN_DAYS));
        assertThatThrownBy(() -> coFiler.record(
                        holding("5000", TODAY.minusYears(4), "226", TODAY.plusDays(9)), TODAY, window, NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("availability[0].date"));
        assertThat(coFiler.hasHolding()).isFalse();
        // 2026-12-03 is a Thursday, ten days after 2026-11-23.
        coFiler.record(holding("5000", TODAY.minusYears(4), "226", TODAY.plusDays(10)), TODAY, window, NOW);
        assertThat(coFiler.getAvailability()).hasSize(1);
    }

    @Test
    @DisplayName("SLB 14F: a DTC participant number has the form of one; 226 is written 0226")
    void theDtcParticipantNumberIsCheckedForForm() {
        assertThat(new DtcParticipant("226").number()).isEqualTo("0226");
        assertThatThrownBy(() -> new DtcParticipant("12345")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DtcParticipant("DTC1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DtcParticipant("0")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName(
            "14a-8(b)(1)(i)(A) and SLB 14F: eligible on the holding, verified once the proof covers the submission date")
    void aCoFilerIsVerifiedOnceItsProofIsOnFileAndCoversTheSubmissionDate() {
        var coFiler = joined(approved());
        var window = RULES.engagementWindow(MEETING, TODAY);
        coFiler.record(holding("5000", TODAY.minusYears(4), "226", TODAY.plusDays(10)), TODAY, window, NOW);

        var withoutProof = readiness(coFiler);
        assertThat(withoutProof.verified()).isFalse();
        assertThat(withoutProof.status()).isEqualTo(EligibilityStatus.THRESHOLD_MET_ITEMS_MISSING);
        assertThat(withoutProof.missing()).extracting(m -> m.code()).containsExactly(MissingCode.PROOF_OF_OWNERSHIP);

        coFiler.documentsOnFile(true, false, NOW);
        var verified = readiness(coFiler);
        assertThat(verified.verified()).isTrue();
        assertThat(verified.explanationIn(Locale.ENGLISH))
                .isEqualTo("Eligible under the $2,000 / 3 years tier: $5,000.00 held continuously since "
                        + TODAY.minusYears(4) + ".");
        assertThat(verified.explanationIn(Locale.forLanguageTag("es")))
                .startsWith("Cumple los requisitos del umbral de $2,000 / 3 años");
    }

    @Test
    @DisplayName("SLB 14F: a proof letter that stops short of the submission date is caught before filing")
    void aProofLetterThatStopsShortIsCaught() {
        var coFiler = joined(approved());
        var window = RULES.engagementWindow(MEETING, TODAY);
        var shortLetter = new HoldingRecord(
                new BigDecimal("100"),
                TODAY.minusYears(4),
                null,
                new BigDecimal("5000"),
                "Example Trust Company",
                "226",
                TODAY.minusDays(1),
                true,
                List.of(day(TODAY.plusDays(10))),
                "Jane Doe",
                null);
        coFiler.record(shortLetter, TODAY, window, NOW);
        coFiler.documentsOnFile(true, false, NOW);
        var readiness = readiness(coFiler);
        assertThat(readiness.verified()).isFalse();
        assertThat(readiness.missing()).extracting(m -> m.code()).containsExactly(MissingCode.OWNERSHIP_PERIOD_SHORT);
        assertThat(readiness.explanationIn(Locale.ENGLISH))
                .contains("the letter on file stops on " + TODAY.minusDays(1));
        assertThat(readiness.explanationIn(Locale.forLanguageTag("es"))).contains("la carta aportada termina el");
    }

    @Test
    @DisplayName("14a-8(b)(1)(i): $1,000 held for one year meets no tier, and the verdict says why in both languages")
    void aHoldingBelowEveryTierIsNotEligible() {
        var coFiler = joined(approved());
        var window = RULES.engagementWindow(MEETING, TODAY);
        coFiler.record(holding("1000", TODAY.minusYears(1), "226", TODAY.plusDays(10)), TODAY, window, NOW);
        var readiness = readiness(coFiler);
        assertThat(readiness.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(readiness.explanationIn(Locale.ENGLISH))
                .isEqualTo(readiness.eligibility().explanation())
                .startsWith("Not eligible: no tier is met through " + TODAY);
        assertThat(readiness.explanationIn(Locale.forLanguageTag("es"))).startsWith("No cumple los requisitos:");
    }

    @Test
    @DisplayName("Filing: every proponent left in must be verified; dropping needs a reason; the text is frozen after")
    void filingNeedsEveryProponentVerified() {
        var resolution = approved();
        var lead = resolution.leadProponent(NOW);
        var coFiler = joined(resolution);
        var window = RULES.engagementWindow(MEETING, TODAY);
        lead.record(holding("5000", TODAY.minusYears(4), "226", TODAY.plusDays(10)), TODAY, window, NOW);
        lead.documentsOnFile(true, false, NOW);

        var both = List.of(readiness(lead), readiness(coFiler));
        assertThatThrownBy(() -> resolution.file(TODAY, DeliveryMethod.EMAIL, both, TODAY, DEADLINE, filer, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Harrington");
        assertThatThrownBy(() -> coFiler.drop(" ", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> lead.drop("no", NOW)).isInstanceOf(ConflictException.class);

        coFiler.drop("No proof this year", NOW);
        resolution.file(TODAY, DeliveryMethod.EMAIL, List.of(readiness(lead)), TODAY, DEADLINE, filer, NOW);
        assertThat(resolution.getState()).isEqualTo(ResolutionState.FILED);
        assertThatThrownBy(() -> resolution.revise(
                        resolution.getCurrentVersion(),
                        resolution.getText(),
                        List.of(),
                        Jurisdiction.US,
                        null,
                        filer,
                        NOW,
                        RULES))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("14a-8(c): a representative and the organization itself are different proponent keys")
    void proponentKeysNameOrganizationsAndRepresentatives() {
        assertThat(new Proponent(7L, "Harrington").key()).isEqualTo("org:7");
        assertThat(Proponent.named("  Jane   Doe ").key()).isEqualTo("name:jane doe");
    }

    @Test
    void uploadsMustBePdfByContentAndWithinTheLimit() {
        assertThatThrownBy(() -> UploadedPdf.of(new byte[0], null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> UploadedPdf.of(new byte[UploadedPdf.MAX_BYTES + 1], "application/pdf"))
                .hasMessageContaining("larger than");
        assertThatThrownBy(() -> UploadedPdf.of("hello".getBytes(), "text/plain"))
                .hasMessageContaining("text/plain");
        assertThat(UploadedPdf.of("%PDF-".getBytes(), "application/pdf").sha256())
                .hasSize(64);
    }
}
