package org.cofile.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.organization.Role;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SignOnLetterTest {

    private static final Instant NOW = Instant.parse("2019-01-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2019, 1, 10);

    private final Campaign campaign = new Campaign(new Coalition("Coalition", null), "Face surveillance", null, NOW);
    private final Company amazon = new Company("Amazon.com, Inc.", new Ticker("AMZN"), null, "US");
    private final Organization aclu =
            new Organization("ACLU of Northern California", OrganizationKind.CIVIL_RIGHTS_NGO);
    private final Member admin = new Member(aclu, "orgadmin@aclu.test", "Admin", Role.ORG_ADMIN, "h");

    private SignOnLetter letter(LocalDate closesOn) {
        return new SignOnLetter(
                campaign,
                amazon,
                "Coalition letter to Amazon on face surveillance",
                List.of("Jeff Bezos, Chief Executive Officer", " "),
                "We write to demand that Amazon stop powering government surveillance.",
                closesOn,
                TODAY,
                NOW);
    }

    @Test
    void aLetterNamesItsAddresseesAndIsSignedUntilItCloses() {
        var letter = letter(TODAY.plusDays(5));
        assertThat(letter.getAddressees()).containsExactly("Jeff Bezos, Chief Executive Officer");
        var signatory = new LetterSignatory(letter, aclu, " ", admin, TODAY, NOW);
        assertThat(signatory.getPrintedName()).isEqualTo("ACLU of Northern California");
        assertThat(signatory.isApproved()).isFalse();
        assertThatThrownBy(() -> new LetterSignatory(letter, aclu, "ACLU", admin, TODAY.plusDays(6), NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aDeliveredLetterTakesNoMoreSignatures() {
        var letter = letter(null);
        assertThatThrownBy(() -> letter.recordDelivery(TODAY.plusDays(1), "", null, null, TODAY))
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKeys("deliveredOn", "to"));
        letter.recordDelivery(TODAY, "Jeff Bezos", "by courier and e-mail", null, TODAY);
        assertThat(letter.isOpen(TODAY)).isFalse();
        assertThatThrownBy(() -> new LetterSignatory(letter, aclu, null, admin, TODAY, NOW))
                .hasMessageContaining("delivered");
    }

    @Test
    void aLetterNeedsACompanyAnAddresseeAndAText() {
        assertThatThrownBy(() -> new SignOnLetter(campaign, null, " ", List.of(), "", TODAY.minusDays(1), TODAY, NOW))
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("companyId", "title", "addressees", "text", "closesOn"));
    }
}
