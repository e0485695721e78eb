package org.cofile.domain.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member may do for its own organization. Each role includes the ones below it: an organization admin is also
 * a filer and a member. Administering a coalition is not a role but a right within one coalition ({@link
 * Coalition#isAdministeredBy}), and running the platform is a flag on the member ({@link Member#isPlatformAdmin}).
 */
public enum Role {
    MEMBER,
    FILER,
    ORG_ADMIN;

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
