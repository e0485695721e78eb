package org.cofile.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final Organization sisters = new Organization("Sisters", OrganizationKind.FAITH_BASED_INVESTOR);
    private final Member admin = new Member(sisters, "orgadmin@sisters.test", "Admin", Role.ORG_ADMIN, "hash");

    @Test
    void theLinkIsStoredOnlyAsItsHash() {
        var issued = Invitation.member(admin, "new@sisters.test", Role.FILER, NOW);
        assertThat(issued.secret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(OneTimeToken.hashOf(issued.secret())).hasSize(64).isNotEqualTo(issued.secret());
    }

    @Test
    void theLinkWorksOnceWithinSevenDays() {
        var invitation =
                Invitation.member(admin, "new@sisters.test", Role.FILER, NOW).invitation();
        var lastMoment = NOW.plus(Invitation.VALIDITY).minusSeconds(1);

        assertThat(invitation.acceptAsNewMember(lastMoment)).isEqualTo(sisters);
        assertThatThrownBy(() -> invitation.acceptAsNewMember(lastMoment))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.reason()).contains("used"));
    }

    @Test
    void anExpiredLinkIsRefused() {
        assertThat(Invitation.VALIDITY).isEqualTo(Duration.ofDays(7));
        var invitation =
                Invitation.member(admin, "new@sisters.test", Role.FILER, NOW).invitation();
        assertThatThrownBy(() -> invitation.acceptAsNewMember(NOW.plus(Invitation.VALIDITY)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.reason()).contains("expired"));
    }

    @Test
    void aNewOrganizationJoinsItsCoalitionWhenItsFirstAdminAccepts() {
        var coalition = new Coalition("Coalition", null);
        var invitation = Invitation.newOrganization(
                        admin,
                        coalition,
                        "Interfaith Investors",
                        OrganizationKind.FAITH_BASED_INVESTOR,
                        "first@interfaith.test",
                        NOW)
                .invitation();
        var created = invitation.acceptAsNewMember(NOW);
        assertThat(created.getName()).isEqualTo("Interfaith Investors");
        assertThat(coalition.includes(created)).isTrue();
        assertThat(invitation.getRole()).isEqualTo(Role.ORG_ADMIN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"short", "password1234", "Password2024!", "qwertyuiop123", "111111111111", "aaaaaaaaaaaaaa"})
    void weakPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "password")).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a river of co-filers", "Independent evidence 2019"})
    void longUncommonPasswordsAreTaken(String password) {
        PasswordPolicy.check(password, "password");
    }
}
