package org.cofile.web.rest;

import java.time.Instant;
import org.cofile.domain.organization.Invitation;

/**
 * An invitation as the API shows it. {@code link} is present once, in the answer to the request that created it: it
 * is what the invitee receives by e-mail, and Cofile keeps only its hash.
 */
public record InvitationView(
        Long id,
        String kind,
        String email,
        String role,
        String organizationName,
        String coalitionName,
        Instant expiresAt,
        String link) {

    static InvitationView of(Invitation i, String link) {
        return new InvitationView(
                i.getId(),
                i.getKind().name(),
                i.getEmail(),
                i.getRole() == null ? null : i.getRole().name(),
                i.getOrganizationName(),
                i.getCoalition() == null ? null : i.getCoalition().getName(),
                i.getToken().getExpiresAt(),
                link);
    }
}
