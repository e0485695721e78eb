package org.cofile.workflow.answers;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cofile.domain.answers.BoardResponse;
import org.cofile.domain.answers.Commitment;
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.answers.NoActionRequest;

/**
 * The company's answers to many resolutions at once, one query each, by resolution id: for the views and reports
 * that show a line per resolution. The caller has already decided which resolutions may be shown.
 */
@Dependent
public class AnswersOfResolutions {

    @PersistenceContext
    private EntityManager em;

    public Map<Long, MeetingOutcome> outcomes(Collection<Long> resolutions) {
        return em
                .createNamedQuery("MeetingOutcome.listByResolutions", MeetingOutcome.class)
                .setParameter("resolutions", resolutions)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(o -> o.getResolution().getId(), Function.identity()));
    }

    public Map<Long, BoardResponse> boardResponses(Collection<Long> resolutions) {
        return em
                .createNamedQuery("BoardResponse.listByResolutions", BoardResponse.class)
                .setParameter("resolutions", resolutions)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(b -> b.getResolution().getId(), Function.identity()));
    }

    /** Each resolution's no-action requests, in their order. */
    public Map<Long, List<NoActionRequest>> noActionRequests(Collection<Long> resolutions) {
        return em
                .createNamedQuery("NoActionRequest.listByResolutions", NoActionRequest.class)
                .setParameter("resolutions", resolutions)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(n -> n.getResolution().getId()));
    }

    /** Each resolution's commitments, by due date. */
    public Map<Long, List<Commitment>> commitments(Collection<Long> resolutions) {
        return em
                .createNamedQuery("Commitment.listByResolutions", Commitment.class)
                .setParameter("resolutions", resolutions)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(c -> c.getResolution().getId()));
    }
}
