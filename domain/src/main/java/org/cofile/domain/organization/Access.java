package org.cofile.domain.organization;

import java.io.Serializable;
import java.util.Set;

/**
 * What the caller is, as the access policies need it: the member, its organization and role, the coalitions its
 * organization belongs to and those the member administers. Read once per use case, so that a policy decides without
 * loading collections, and a list query can filter by the same ids in SQL.
 */
public record Access(
        long memberId,
        long organizationId,
        Role role,
        boolean platformAdmin,
        Set<Long> coalitions,
        Set<Long> administeredCoalitions)
        implements Serializable {

    public Access {
        coalitions = Set.copyOf(coalitions);
        administeredCoalitions = Set.copyOf(administeredCoalitions);
    }

    public boolean hasRole(Role required) {
        return role.includes(required);
    }

    public boolean actsFor(long organization) {
        return organizationId == organization;
    }

    public boolean inCoalition(long coalition) {
        return coalitions.contains(coalition);
    }

    public boolean administers(long coalition) {
        return administeredCoalitions.contains(coalition);
    }

    /** Whether the member administers at least one coalition. */
    public boolean administersAny() {
        return !administeredCoalitions.isEmpty();
    }
}
