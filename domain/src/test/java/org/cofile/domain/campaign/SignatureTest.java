package org.cofile.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Petition petition = new Petition(
            new Campaign(new Coalition("Coalition", null), "No face surveillance", null, NOW),
            "Stop selling face surveillance to governments",
            "We ask Amazon, Google and Microsoft not to sell face surveillance to governments.",
            TODAY.plusDays(30),
            TODAY,
            NOW);

    private static Signature.Form form(String email, Boolean contact, String mobile, Boolean sms) {
        return new Signature.Form("Jane Doe", email, "94110", "us", contact, mobile, sms);
    }

    @Test
    void aSignatureCountsOnlyOnceConfirmedAndAReusedLinkChangesNothing() {
        var signed = Signature.sign(petition, form("jane@example.org", false, null, null), TODAY, NOW, 3);
        var signature = signed.signature();
        assertThat(signature.isConfirmed()).isFalse();
        assertThat(signature.getCountry()).isEqualTo("US");
        assertThat(signed.confirmSecret()).isNotEqualTo(signed.eraseSecret()).hasSizeGreaterThan(40);
        assertThat(signature.confirm(NOW.plusSeconds(60))).isTrue();
        assertThat(signature.confirm(NOW.plusSeconds(120))).isFalse();
        assertThat(signature.isConfirmed()).isTrue();
    }

    @Test
    void anExpiredLinkIsRefusedAndSigningAgainSendsANewOneAFewTimesAtMost() {
        var signature = Signature.sign(petition, form("jane@example.org", true, null, null), TODAY, NOW, 0)
                .signature();
        assertThatThrownBy(() -> signature.confirm(
                        NOW.plus(Signature.CONFIRMATION_VALIDITY).plusSeconds(1)))
                .hasMessageContaining("expired");
        assertThat(signature.signAgain(NOW)).isPresent();
        assertThat(signature.signAgain(NOW)).isPresent();
        assertThat(signature.signAgain(NOW)).isEmpty();
        var later = NOW.plus(Signature.CONFIRMATION_VALIDITY);
        assertThat(signature.confirm(later)).isTrue();
        assertThat(signature.signAgain(later)).isEmpty();
    }

    @Test
    void consentsAreAnswersOfTheirOwnAndNeverAssumed() {
        assertThatThrownBy(() -> Signature.sign(
                        petition, form("jane@example.org", null, "+1 415 555 0100", null), TODAY, NOW, 0))
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("contactConsent", "smsConsent"));
        var withoutMobile = Signature.sign(petition, form("jane@example.org", false, " ", null), TODAY, NOW, 0)
                .signature();
        assertThat(withoutMobile.getMobile()).isNull();
        assertThat(withoutMobile.isSmsConsent()).isFalse();
        assertThatThrownBy(() -> Signature.sign(
                        petition,
                        new Signature.Form(" ", "not an address", "", "USA", false, "call me", false),
                        TODAY,
                        NOW,
                        0))
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("name", "email", "postcode", "country", "mobile"));
    }

    @Test
    void unsubscribingWithdrawsBothConsentsAndKeepsTheSignature() {
        var signature = Signature.sign(petition, form("jane@example.org", true, "+1 415 555 0100", true), TODAY, NOW, 0)
                .signature();
        signature.confirm(NOW);
        assertThat(signature.unsubscribe()).isTrue();
        assertThat(signature.isContactConsent()).isFalse();
        assertThat(signature.isSmsConsent()).isFalse();
        assertThat(signature.isConfirmed()).as("it still counts").isTrue();
        assertThat(signature.unsubscribe()).as("a second time changes nothing").isFalse();
    }

    @Test
    void aClosedPetitionTakesNoSignature() {
        assertThatThrownBy(() -> Signature.sign(
                        petition, form("jane@example.org", false, null, null), TODAY.plusDays(31), NOW, 0))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("closed");
        assertThat(petition.isOpen(TODAY.plusDays(30))).isTrue();
    }

    @Test
    void aSuspiciousSignatureIsHeldWithoutLinksUntilReleasedAndThenConfirmsAsAnyOther() {
        var signed = Signature.sign(
                petition,
                form("bot@example.org", false, null, null),
                TODAY,
                NOW,
                0,
                java.util.Set.of(HoldReason.HONEYPOT, HoldReason.ADDRESS_RATE));
        var signature = signed.signature();
        assertThat(signed.mailed()).isFalse();
        assertThat(signature.isHeld()).isTrue();
        assertThat(signature.getHeldFor()).containsExactlyInAnyOrder(HoldReason.HONEYPOT, HoldReason.ADDRESS_RATE);
        assertThat(signature.signAgain(NOW)).as("no link goes out while held").isEmpty();
        assertThatThrownBy(() -> signature.confirm(NOW)).isInstanceOf(InvalidInputException.class);

        var released = signature.release(NOW.plusSeconds(60));
        assertThat(released.mailed()).isTrue();
        assertThat(signature.isHeld()).isFalse();
        assertThat(signature.getHeldFor()).as("kept, to tell how it came in").contains(HoldReason.HONEYPOT);
        assertThat(signature.confirm(NOW.plusSeconds(120))).isTrue();
        assertThatThrownBy(() -> signature.release(NOW.plusSeconds(180))).isInstanceOf(ConflictException.class);
    }
}
