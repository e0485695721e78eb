package org.cofile.domain.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member may do. Each role includes the ones below it: a coalition admin is also an organization admin, a
 * filer and a member.
 */
public enum Role {
    MEMBER,
    FILER,
    ORG_ADMIN,
    COALITION_ADMIN;

    /** This role and every role it includes, as the groups the container checks. */
    public Set<Role> included() {
        var roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.ordinal() <= ordinal()) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
