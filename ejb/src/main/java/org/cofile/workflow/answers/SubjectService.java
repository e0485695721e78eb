package org.cofile.workflow.answers;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.answers.Subject;
import org.cofile.domain.answers.SubjectPolicy;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.ResubmissionQuery;
import org.cofile.domain.rules.ResubmissionVerdict;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;

/**
 * Subjects: resolutions of different years at one company linked as substantially the same subject matter, their
 * votes over the years, and the engine's verdict on whether the next one may be excluded as a resubmission.
 */
@Stateless
public class SubjectService {

    private static final FilingRules RULES = new FilingRules();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ResolutionService resolutions;

    private final Clock clock = Clock.systemUTC();

    /**
     * Links the resolutions as one subject, kept by the first one's coalition, which must be the caller's. A
     * resolution the caller may not see is named like one that does not exist.
     */
    public Subject create(String title, List<Long> resolutionIds) {
        var access = caller.access();
        var linked = new ArrayList<Resolution>();
        var errors = new LinkedHashMap<String, String>();
        var ids = resolutionIds == null ? List.<Long>of() : resolutionIds;
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            var found = resolutions.findVisible(id, access);
            if (found.isPresent()) {
                linked.add(found.get());
            } else {
                errors.put("resolutionIds[" + i + "]", "There is no resolution " + id + " you may see.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var coalition = linked.isEmpty() ? null : linked.get(0).getCoalition();
        if (coalition != null && !SubjectPolicy.mayCreateIn(access, coalition.getId())) {
            throw new AccessDeniedException("The filers of the coalition's organizations link its subjects.");
        }
        var subject = new Subject(coalition, title, linked, clock.instant());
        em.persist(subject);
        return subject;
    }

    /** The subject with each resolution's meeting and vote, oldest first. */
    public SubjectHistory history(long subjectId) {
        var subject = visible(subjectId);
        var outcomes = new HashMap<Long, MeetingOutcome>();
        var linked = subject.getResolutions();
        if (!linked.isEmpty()) {
            em.createNamedQuery("MeetingOutcome.listByResolutions", MeetingOutcome.class)
                    .setParameter(
                            "resolutions",
                            linked.stream().map(Resolution::getId).toList())
                    .getResultList()
                    .forEach(o -> outcomes.put(o.getResolution().getId(), o));
        }
        var years = linked.stream()
                .sorted(Comparator.comparing(r -> r.getMeeting().getMeetingDate()))
                .map(r -> {
                    var outcome = outcomes.get(r.getId());
                    if (outcome == null) {
                        return new SubjectHistory.Year(r, null, null, null);
                    }
                    return new SubjectHistory.Year(
                            r,
                            outcome.result(RULES).orElse(null),
                            outcome.support(RULES).orElse(null),
                            outcome.priorVote().orElse(null));
                })
                .toList();
        return new SubjectHistory(subject, years);
    }

    /**
     * Whether a proposal on this subject may be excluded from the meeting on {@code meetingDate} as a resubmission:
     * the engine weighs the votes of the subject's resolutions before that meeting.
     */
    public ResubmissionVerdict resubmission(long subjectId, LocalDate meetingDate) {
        var history = history(subjectId);
        var prior = history.years().stream()
                .map(SubjectHistory.Year::priorVote)
                .filter(v -> v != null && v.meetingDate().isBefore(meetingDate))
                .toList();
        return RULES.resubmission(new ResubmissionQuery(meetingDate, prior));
    }

    private Subject visible(long id) {
        var access = caller.access();
        return em.createNamedQuery("Subject.find", Subject.class)
                .setParameter("id", id)
                .getResultStream()
                .filter(s -> SubjectPolicy.maySee(access, s))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Subject", id));
    }
}
