package org.cofile.web.rest;

import org.cofile.domain.organization.Member;

/** A member of the caller's organization. */
public record MemberView(Long id, String email, String displayName, String role, boolean active) {

    static MemberView of(Member m) {
        return new MemberView(
                m.getId(), m.getEmail(), m.getDisplayName(), m.getRole().name(), m.isActive());
    }
}
