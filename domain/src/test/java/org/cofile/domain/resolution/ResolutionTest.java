package org.cofile.domain.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.company.Cik;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.organization.Role;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static final FilingRules RULES = new FilingRules();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final Organization sisters = new Organization("Sisters", OrganizationKind.FAITH_BASED_INVESTOR);
    private final Organization outsider = new Organization("Outsider", OrganizationKind.ASSET_MANAGER);
    private final Coalition coalition = new Coalition("Coalition", null);
    private final Company amazon = new Company("Amazon.com, Inc.", new Ticker("AMZN"), new Cik("0001018724"), "US");
    private final Company alphabet = new Company("Alphabet Inc.", new Ticker("GOOGL"), new Cik("0001652044"), "US");
    private final AnnualMeeting meeting = new AnnualMeeting(amazon, LocalDate.of(2027, 5, 19));
    private final Member filer = new Member(sisters, "filer@sisters.test", "Filer", Role.FILER, "hash");

    {
        coalition.join(sisters);
    }

    private static ResolutionText amazonText() {
        var template = ResolutionTemplate.find(ResolutionTemplate.AMAZON_2019_FACIAL_RECOGNITION)
                .orElseThrow();
        return ResolutionText.of(
                template.kind(), template.title(), null, template.supportingStatement(), template.boardReview());
    }

    private Resolution draft() {
        return Resolution.draft(
                        coalition,
                        amazon,
                        meeting,
                        sisters,
                        Jurisdiction.US,
                        amazonText(),
                        ResolutionKind.BOARD_REVIEW,
                        List.of("civil rights"),
                        filer,
                        NOW,
                        RULES)
                .resolution();
    }

    @Test
    @DisplayName("rule-14a-8.md: the board-review fields make up the resolved clause filed at Amazon for 2019")
    void theBoardReviewFieldsMakeUpTheAmazonClause() {
        assertThat(amazonText().getResolvedClause())
                .isEqualTo("RESOLVED, shareholders request that the Board of Directors prohibit sales of facial"
                        + " recognition technology to government agencies unless the Board concludes, after an"
                        + " evaluation using independent evidence, that the technology does not cause or contribute"
                        + " to actual or potential violations of civil and human rights.");
    }

    @Test
    void aDraftStartsAtVersionOneWithItsWordsCounted() {
        var resolution = draft();
        assertThat(resolution.getState()).isEqualTo(ResolutionState.DRAFT);
        assertThat(resolution.getCurrentVersion()).isEqualTo(1);
        assertThat(resolution.getWords()).isPositive();
    }

    @Test
    void aMeetingOfAnotherCompanyAndALeadFilerOutsideTheCoalitionAreRefused() {
        assertThatThrownBy(() -> Resolution.draft(
                        coalition,
                        alphabet,
                        meeting,
                        outsider,
                        Jurisdiction.US,
                        amazonText(),
                        ResolutionKind.BOARD_REVIEW,
                        List.of(),
                        filer,
                        NOW,
                        RULES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("meetingId", "leadFilerOrganizationId"));
    }

    @Test
    void anEmptyResolvedClauseIsRefused() {
        assertThatThrownBy(() -> ResolutionText.of(ResolutionKind.POLICY, "Title", "  ", "", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("resolvedClause"));
    }

    @Test
    void aSaveFromAnOlderVersionIsAConflictThatNamesTheLatest() {
        var resolution = draft();
        resolution.revise(1, amazonText(), List.of(), Jurisdiction.US, "first edit", filer, NOW, RULES);

        assertThatThrownBy(() -> resolution.revise(1, amazonText(), List.of(), Jurisdiction.US, "", filer, NOW, RULES))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.currentVersion())
                        .isEqualTo(2));
        assertThat(resolution.getCurrentVersion()).isEqualTo(2);
    }

    @Test
    void theReviewRunsFromDraftToApprovedAndRefusesIllegalSteps() {
        var resolution = draft();
        assertThatThrownBy(() -> resolution.perform(ReviewAction.APPROVE, "", filer, NOW, RULES))
                .isInstanceOf(ConflictException.class);

        var submitted = resolution.perform(ReviewAction.SUBMIT_FOR_REVIEW, "", filer, NOW, RULES);
        assertThat(submitted.getKind()).isEqualTo(TimelineKind.SUBMITTED_FOR_REVIEW);
        assertThatThrownBy(() -> resolution.revise(1, amazonText(), List.of(), Jurisdiction.US, "", filer, NOW, RULES))
                .isInstanceOf(ConflictException.class);

        var approved = resolution.perform(ReviewAction.APPROVE, "agreed at the call", filer, NOW, RULES);
        assertThat(resolution.getState()).isEqualTo(ResolutionState.APPROVED);
        assertThat(approved.getReason()).isEqualTo("agreed at the call");
        assertThatThrownBy(() -> resolution.perform(ReviewAction.ABANDON, "late", filer, NOW, RULES))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void returningToDraftNeedsAReason() {
        var resolution = draft();
        resolution.perform(ReviewAction.SUBMIT_FOR_REVIEW, "", filer, NOW, RULES);
        assertThatThrownBy(() -> resolution.perform(ReviewAction.RETURN_TO_DRAFT, " ", filer, NOW, RULES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        resolution.perform(ReviewAction.RETURN_TO_DRAFT, "shorten it", filer, NOW, RULES);
        assertThat(resolution.getState()).isEqualTo(ResolutionState.RETURNED_TO_DRAFT);
    }

    @Test
    @DisplayName("14a-8(d): a text over 500 words may be saved but not submitted")
    void aTextOverTheLimitIsSavedButNotSubmitted() {
        var resolution = draft();
        var long_ = ResolutionText.of(
                ResolutionKind.BOARD_REVIEW,
                "Title",
                null,
                "word ".repeat(500),
                amazonText().getBoardReview());
        resolution.revise(1, long_, List.of(), Jurisdiction.US, "too long", filer, NOW, RULES);
        assertThat(resolution.getWords()).isGreaterThan(500);

        assertThatThrownBy(() -> resolution.perform(ReviewAction.SUBMIT_FOR_REVIEW, "", filer, NOW, RULES))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("over the limit of 500");
        assertThat(resolution.getState()).isEqualTo(ResolutionState.DRAFT);
    }

    @Test
    void aCommentNeedsAnExistingVersion() {
        var resolution = draft();
        assertThatThrownBy(() -> resolution.comment(2, "looks good", filer, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("versionNumber"));
        assertThat(resolution.comment(1, "looks good", filer, NOW).getVersionNumber())
                .isEqualTo(1);
    }
}
