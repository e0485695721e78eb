package org.cofile.domain.cofiling;

import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionPolicy;
import org.cofile.domain.shared.Restriction;

/**
 * Who may see and do what in co-filing a resolution; the one place that decides it.
 *
 * <ul>
 *   <li>who co-files and how far each has come: everyone who may see the resolution;
 *   <li>an organization's holding and its letters: that organization, the lead filer and the coalition's admins;
 *   <li>inviting, deciding requests to join, dropping, planning and recording the filing: the lead filer's filers and
 *       the coalition's admins ({@link ResolutionPolicy#mayEdit});
 *   <li>asking to join, answering an invitation, recording a holding and uploading letters: the organization's own
 *       filers.
 * </ul>
 */
public final class CoFilingPolicy {

    private CoFilingPolicy() {}

    public static boolean maySeeProponents(Access access, Resolution resolution) {
        return ResolutionPolicy.maySee(access, resolution);
    }

    /** The holding and letters of {@code organizationId} on {@code resolution}. */
    public static boolean maySeeRecordOf(Access access, Resolution resolution, long organizationId) {
        return ResolutionPolicy.maySee(access, resolution)
                && (access.actsFor(organizationId)
                        || access.actsFor(resolution.getLeadFiler().getId())
                        || access.administers(resolution.getCoalition().getId()));
    }

    /** The documents {@code access} may read, as the condition every document query adds. */
    public static Restriction<FilingDocument> documentsVisibleTo(Access access) {
        return (cb, query, document) -> {
            var resolution = document.get("resolution");
            var own = cb.equal(document.get("organization").get("id"), access.organizationId());
            var lead = cb.equal(resolution.get("leadFiler").get("id"), access.organizationId());
            var inCoalition = access.coalitions().isEmpty()
                    ? cb.disjunction()
                    : resolution.get("coalition").get("id").in(access.coalitions());
            var admin = access.administeredCoalitions().isEmpty()
                    ? cb.disjunction()
                    : resolution.get("coalition").get("id").in(access.administeredCoalitions());
            return cb.and(inCoalition, cb.or(own, lead, admin));
        };
    }

    public static boolean mayManage(Access access, Resolution resolution) {
        return ResolutionPolicy.mayEdit(access, resolution);
    }

    /** Filers of an organization of the coalition other than the lead filer. */
    public static boolean mayAskToJoin(Access access, Resolution resolution) {
        return ResolutionPolicy.maySee(access, resolution)
                && access.hasRole(Role.FILER)
                && !access.actsFor(resolution.getLeadFiler().getId());
    }

    /** Recording for {@code organizationId} (its holding, letters, answer to an invitation): its own filers. */
    public static boolean mayActFor(Access access, Resolution resolution, long organizationId) {
        return ResolutionPolicy.maySee(access, resolution)
                && access.actsFor(organizationId)
                && access.hasRole(Role.FILER);
    }

    /** Holdings are imported by the organization's own filers, for their organization only. */
    public static boolean mayImportHoldings(Access access) {
        return access.hasRole(Role.FILER);
    }
}
