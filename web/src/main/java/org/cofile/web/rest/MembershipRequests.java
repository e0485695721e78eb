package org.cofile.web.rest;

/** The bodies of the invitation, member and password resources. */
public final class MembershipRequests {

    private MembershipRequests() {}

    /** {@code POST /api/invitations}: a person into the caller's organization, with a role. */
    public record MemberInvitation(String email, String role) {}

    /**
     * {@code POST /api/coalitions/{id}/invitations}: an existing organization ({@code organizationId}, and the
     * {@code email} of one of its admins), or a new one ({@code organizationName}, {@code organizationKind}, and the
     * {@code email} of its first admin).
     */
    public record OrganizationInvitation(
            Long organizationId, String organizationName, String organizationKind, String email) {}

    /** {@code POST /api/public/invitations/accept}. */
    public record Acceptance(String token, String displayName, String password) {}

    /** {@code POST /api/account/password}. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    /** {@code POST /api/public/password-reset-requests}. */
    public record ResetRequest(String email) {}

    /** {@code POST /api/public/password-resets}. */
    public record Reset(String token, String newPassword) {}
}
