package org.cofile.workflow.answers;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cofile.domain.answers.AnswersPolicy;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Member;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.domain.resolution.TimelineKind;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.NotFoundException;

/**
 * What the after-filing services share: the resolution as the caller may see it or record on it ({@link
 * AnswersPolicy}), the timeline entry of each answer, and the clock. Runs in the calling service's transaction.
 */
@Dependent
class FiledResolutions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ResolutionService resolutions;

    private final Clock clock = Clock.systemUTC();

    /** The resolution if {@code access} may see it; one it may not see does not exist for it. */
    Resolution visible(long id, Access access) {
        return resolutions.findVisible(id, access).orElseThrow(() -> new NotFoundException("Resolution", id));
    }

    /** The resolution if {@code access} may record the company's answers on it. */
    Resolution recordable(long id, Access access) {
        var resolution = visible(id, access);
        if (!AnswersPolicy.mayRecord(access, resolution)) {
            throw new AccessDeniedException(
                    "The company's answers are recorded by the lead filer's filers and the coalition's admins.");
        }
        return resolution;
    }

    void timeline(Resolution resolution, TimelineKind kind, String detail, Access access) {
        em.persist(ResolutionEvent.of(resolution, kind, detail, member(access), now()));
    }

    Member member(Access access) {
        return em.find(Member.class, access.memberId());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    Instant now() {
        return clock.instant();
    }
}
