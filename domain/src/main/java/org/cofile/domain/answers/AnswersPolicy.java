package org.cofile.domain.answers;

import java.util.Optional;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionPolicy;

/**
 * Who may see and record the company's answers to a filed resolution; the one place that decides it.
 *
 * <ul>
 *   <li>seeing them: everyone who may see the resolution — the coalition follows where each filing stands;
 *   <li>recording them: those who manage the filing, the lead filer's filers and the coalition's admins ({@link
 *       ResolutionPolicy#mayEdit}), since the company answers the lead filer;
 *   <li>withdrawing the proposal: the lead filer proposes it like any answer it records; each proponent gives its own
 *       word through its filers;
 *   <li>declaring how an organization will vote: the filers of any organization that may see the resolution, for their
 *       own organization;
 *   <li>reading declarations: a public one, anyone, without signing in; a coalition one, those who may see the
 *       resolution.
 * </ul>
 */
public final class AnswersPolicy {

    private AnswersPolicy() {}

    public static boolean maySee(Access access, Resolution resolution) {
        return ResolutionPolicy.maySee(access, resolution);
    }

    public static boolean mayRecord(Access access, Resolution resolution) {
        return ResolutionPolicy.mayEdit(access, resolution);
    }

    public static boolean mayDeclare(Access access, Resolution resolution) {
        return ResolutionPolicy.maySee(access, resolution) && access.hasRole(Role.FILER);
    }

    /** Whether {@code access} gives the word of proponent {@code organizationId} that it withdraws the proposal. */
    public static boolean mayWithdrawFor(Access access, Resolution resolution, long organizationId) {
        return ResolutionPolicy.maySee(access, resolution)
                && access.actsFor(organizationId)
                && access.hasRole(Role.FILER);
    }

    /** A declaration to a reader who may not be signed in ({@code access} empty). */
    public static boolean maySee(Optional<Access> access, VoteDeclaration declaration) {
        return declaration.getVisibility() == DeclarationVisibility.PUBLIC
                || access.map(a -> ResolutionPolicy.maySee(a, declaration.getResolution()))
                        .orElse(false);
    }
}
