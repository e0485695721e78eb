package org.cofile.domain.answers;

import org.cofile.domain.organization.Access;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionPolicy;

/**
 * Who may see and record the company's answers to a filed resolution; the one place that decides it.
 *
 * <ul>
 *   <li>seeing them: everyone who may see the resolution — the coalition follows where each filing stands;
 *   <li>recording them: those who manage the filing, the lead filer's filers and the coalition's admins ({@link
 *       ResolutionPolicy#mayEdit}), since the company answers the lead filer.
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
}
