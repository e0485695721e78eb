package org.cofile.domain.answers;

import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Role;

/**
 * Who may see and keep a subject; the one place that decides it.
 *
 * <ul>
 *   <li>seeing it, its resolutions' meetings and votes, and the resubmission verdict: the members of the coalition
 *       that keeps it and its admins;
 *   <li>creating one: the filers of that coalition's organizations, linking only resolutions they may see.
 * </ul>
 */
public final class SubjectPolicy {

    private SubjectPolicy() {}

    public static boolean maySee(Access access, Subject subject) {
        long coalition = subject.getCoalition().getId();
        return access.inCoalition(coalition) || access.administers(coalition);
    }

    public static boolean mayCreateIn(Access access, long coalition) {
        return access.administers(coalition) || access.inCoalition(coalition) && access.hasRole(Role.FILER);
    }
}
