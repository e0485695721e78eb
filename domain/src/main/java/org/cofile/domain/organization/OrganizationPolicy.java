package org.cofile.domain.organization;

import org.cofile.domain.shared.Restriction;

/**
 * Who may see and change an organization. A member sees its own organization and those that share a coalition with
 * it; a platform admin sees all. Only the organization's own admins change its record. The same rule is the SQL
 * filter of every organization list and look-up, so that an organization one may not see is simply not found.
 */
public final class OrganizationPolicy {

    private OrganizationPolicy() {}

    /** The organizations {@code access} may see. */
    public static Restriction<Organization> visibleTo(Access access) {
        return (cb, query, organization) -> {
            if (access.platformAdmin()) {
                return cb.conjunction();
            }
            var own = cb.equal(organization.get("id"), access.organizationId());
            if (access.coalitions().isEmpty()) {
                return own;
            }
            var sub = query.subquery(Long.class);
            var coalition = sub.from(Coalition.class);
            var partner = coalition.join("organizations");
            sub.select(partner.<Long>get("id")).where(coalition.get("id").in(access.coalitions()));
            return cb.or(own, organization.get("id").in(sub));
        };
    }

    public static boolean mayChange(Access access, Organization organization) {
        return access.hasRole(Role.ORG_ADMIN) && access.actsFor(organization.getId());
    }

    /** A platform admin, or an admin of any coalition, may create an organization to invite it. */
    public static boolean mayCreate(Access access) {
        return access.platformAdmin() || access.administersAny();
    }
}
