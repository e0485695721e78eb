package org.cofile.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The 2019 trio (shared/domain/amazon-record.md): one letter to Amazon, Google and Microsoft, adapted to each. */
class LetterSetTest {

    private static final Instant NOW = Instant.parse("2019-01-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2019, 1, 10);

    private final Campaign campaign = new Campaign(new Coalition("Coalition", null), "Face surveillance", null, NOW);
    private final Company amazon = new Company("Amazon.com, Inc.", new Ticker("AMZN"), null, "US");
    private final Company alphabet = new Company("Alphabet Inc.", new Ticker("GOOGL"), null, "US");
    private final Company microsoft = new Company("Microsoft Corporation", new Ticker("MSFT"), null, "US");

    private static LetterSet.Addressed to(Company company, String... addressees) {
        return new LetterSet.Addressed(company, List.of(addressees));
    }

    @Test
    void eachCompanyGetsItsOwnLetterWithItsNameAndItsAddressees() {
        var letters = LetterSet.write(
                campaign,
                "Letter to {company} on face surveillance",
                "We ask {company} not to sell face surveillance to governments. {company} can lead.",
                List.of(
                        to(amazon, "Jeff Bezos"),
                        to(alphabet, "Sundar Pichai"),
                        to(microsoft, "Satya Nadella", "Brad Smith")),
                TODAY.plusDays(5),
                TODAY,
                NOW);

        assertThat(letters)
                .extracting(SignOnLetter::getTitle)
                .containsExactly(
                        "Letter to Amazon.com, Inc. on face surveillance",
                        "Letter to Alphabet Inc. on face surveillance",
                        "Letter to Microsoft Corporation on face surveillance");
        assertThat(letters.get(2).getText())
                .isEqualTo("We ask Microsoft Corporation not to sell face surveillance to governments."
                        + " Microsoft Corporation can lead.");
        assertThat(letters.get(2).getAddressees()).containsExactly("Satya Nadella", "Brad Smith");
        assertThat(letters)
                .extracting(SignOnLetter::getLetterSet)
                .containsOnly(letters.get(0).getLetterSet());
        assertThat(letters.get(0).getLetterSet().getTitle()).isEqualTo("Letter to {company} on face surveillance");
        assertThat(letters).allMatch(l -> l.getClosesOn().equals(TODAY.plusDays(5)));
        assertThat(campaign.getTargets()).as("by name").containsExactly(alphabet, amazon, microsoft);
    }

    @Test
    void aSetIsRefusedWholeWithEachMistakeNamedByItsLetter() {
        assertThatThrownBy(() -> LetterSet.write(
                        campaign,
                        "Letter to {company}",
                        " ",
                        List.of(to(amazon, "Jeff Bezos"), to(null, "Someone"), to(alphabet), to(amazon, "Again")),
                        TODAY.minusDays(1),
                        TODAY,
                        NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(
                                "text",
                                "closesOn",
                                "letters[1].companyId",
                                "letters[2].addressees",
                                "letters[3].companyId"));
        assertThatThrownBy(() -> LetterSet.write(campaign, "Letter", "Text", List.of(), null, TODAY, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("letters"));
    }

    @Test
    void aSetGoesToAtMostTwelveCompanies() {
        var many = new ArrayList<LetterSet.Addressed>();
        for (int i = 0; i <= LetterSet.LETTERS_MAX; i++) {
            many.add(to(new Company("Company " + i, new Ticker("C" + (char) ('A' + i)), null, "US"), "CEO"));
        }
        assertThat(LetterSet.LETTERS_MAX).isEqualTo(12);
        assertThatThrownBy(() -> LetterSet.write(campaign, "Letter", "Text", many, null, TODAY, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("letters"));
        assertThat(LetterSet.write(campaign, "Letter", "Text", many.subList(0, 12), null, TODAY, NOW))
                .hasSize(12);
    }

    @Test
    void aCompanyStaysATargetWhileALetterGoesThere() {
        campaign.target(microsoft);
        campaign.target(microsoft);
        assertThat(campaign.getTargets()).containsExactly(microsoft);
        campaign.dropTarget(microsoft, false);
        assertThat(campaign.getTargets()).isEmpty();

        new SignOnLetter(campaign, amazon, "Letter", List.of("Jeff Bezos"), "Text", null, TODAY, NOW);
        assertThat(campaign.getTargets()).containsExactly(amazon);
        assertThatThrownBy(() -> campaign.dropTarget(amazon, true)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCampaignIsPublishedOnceAndCanBeTakenDown() {
        assertThat(campaign.isPublished()).isFalse();
        campaign.publish(NOW);
        campaign.publish(NOW.plusSeconds(60));
        assertThat(campaign.getPublishedAt()).as("the first publication stands").isEqualTo(NOW);
        campaign.unpublish();
        assertThat(campaign.isPublished()).isFalse();
    }
}
