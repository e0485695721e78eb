package org.cofile.domain.resolution;

import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Role;
import org.cofile.domain.shared.Restriction;

/**
 * Who may see and do what with a resolution; the one place that decides it, for the services, the list queries, the
 * pages and the API.
 *
 * <ul>
 *   <li>see (and comment, and read its history): members of the organizations of the resolution's coalition;
 *   <li>draft one: filers of an organization of the coalition, with their own organization as lead filer; a coalition
 *       admin may name any organization of the coalition;
 *   <li>edit, submit for review, abandon: filers of the lead filer and the coalition's admins;
 *   <li>approve or return to draft: the coalition's admins.
 * </ul>
 *
 * An admin of one coalition has no rights in another; a platform admin has none in any.
 */
public final class ResolutionPolicy {

    private ResolutionPolicy() {}

    /** The resolutions {@code access} may see, as the condition every resolution query adds. */
    public static Restriction<Resolution> visibleTo(Access access) {
        return (cb, query, resolution) -> access.coalitions().isEmpty()
                ? cb.disjunction()
                : resolution.get("coalition").get("id").in(access.coalitions());
    }

    public static boolean maySee(Access access, Resolution resolution) {
        return access.inCoalition(resolution.getCoalition().getId());
    }

    public static boolean mayDraftIn(Access access, long coalitionId) {
        return access.inCoalition(coalitionId) && access.hasRole(Role.FILER);
    }

    public static boolean mayNameLeadFiler(Access access, long coalitionId, long organizationId) {
        return access.administers(coalitionId) || access.actsFor(organizationId);
    }

    public static boolean mayEdit(Access access, Resolution resolution) {
        long coalition = resolution.getCoalition().getId();
        return access.administers(coalition)
                || (access.inCoalition(coalition)
                        && access.actsFor(resolution.getLeadFiler().getId())
                        && access.hasRole(Role.FILER));
    }

    public static boolean mayComment(Access access, Resolution resolution) {
        return maySee(access, resolution);
    }

    public static boolean mayPerform(Access access, Resolution resolution, ReviewAction action) {
        return switch (action) {
            case SUBMIT_FOR_REVIEW, ABANDON -> mayEdit(access, resolution);
            case APPROVE, RETURN_TO_DRAFT ->
                access.administers(resolution.getCoalition().getId());
        };
    }
}
