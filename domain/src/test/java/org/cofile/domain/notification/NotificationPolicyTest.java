package org.cofile.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.ApprovedResolutions;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.domain.resolution.TimelineKind;
import org.cofile.domain.rules.FilingRules;
import org.junit.jupiter.api.Test;

class NotificationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Organization sisters = new Organization("Sisters", OrganizationKind.FAITH_BASED_INVESTOR);
    private final Organization harrington = new Organization("Harrington", OrganizationKind.SRI_FIRM);
    private final Organization aclu = new Organization("ACLU", OrganizationKind.CIVIL_RIGHTS_NGO);
    private final Organization triState = new Organization("Tri-State", OrganizationKind.FAITH_BASED_INVESTOR);
    private final Member filer = new Member(sisters, "filer@sisters.test", "Filer", Role.FILER, "h");
    private final Member sistersMember = new Member(sisters, "member@sisters.test", "Member", Role.MEMBER, "h");
    private final Member gone = new Member(sisters, "gone@sisters.test", "Gone", Role.FILER, "h");
    private final Member harringtonFiler = new Member(harrington, "filer@harrington.test", "H", Role.FILER, "h");
    private final Member acluMember = new Member(aclu, "member@aclu.test", "A", Role.MEMBER, "h");
    private final Member admin = new Member(triState, "admin@cofile.test", "Admin", Role.ORG_ADMIN, "h");

    @Test
    void theProponentsMembersAndTheCoalitionsAdminsAreToldButNotTheOneWhoDidIt() {
        var coalition = new Coalition("Coalition", null);
        for (var organization : List.of(sisters, harrington, aclu, triState)) {
            coalition.join(organization);
        }
        var resolution = ApprovedResolutions.of(
                coalition,
                new AnnualMeeting(new Company("Amazon.com, Inc.", new Ticker("AMZN"), null, "US"), TODAY.plusMonths(6)),
                sisters,
                filer,
                NOW,
                new FilingRules());
        var lead = resolution.leadProponent(NOW);
        var invited = resolution.invite(harrington, TODAY, TODAY.plusDays(30), NOW);
        var declined = resolution.invite(aclu, TODAY, TODAY.plusDays(30), NOW);
        declined.decide(false, "Not this year", TODAY, TODAY.plusDays(30), NOW);
        gone.deactivate(NOW);
        var members = List.of(filer, sistersMember, gone, harringtonFiler, acluMember);

        var byFiler = ResolutionEvent.of(resolution, TimelineKind.FILED, "EMAIL", filer, NOW);
        assertThat(NotificationPolicy.recipients(byFiler, List.of(lead, invited, declined), members, List.of(admin)))
                .extracting(Member::getEmail)
                .containsExactlyInAnyOrder("member@sisters.test", "filer@harrington.test", "admin@cofile.test");

        var byAdmin = ResolutionEvent.of(resolution, TimelineKind.FILED, "EMAIL", admin, NOW);
        assertThat(NotificationPolicy.recipients(byAdmin, List.of(lead), members, List.of(admin)))
                .extracting(Member::getEmail)
                .containsExactlyInAnyOrder("filer@sisters.test", "member@sisters.test");
    }
}
