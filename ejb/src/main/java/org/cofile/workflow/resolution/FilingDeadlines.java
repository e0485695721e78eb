package org.cofile.workflow.resolution;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.shared.InvalidInputException;

/** The rules engine's filing deadline of a resolution's meeting, from the company's recorded meetings. */
@Stateless
public class FilingDeadlines {

    private static final FilingRules RULES = new FilingRules();

    @PersistenceContext
    private EntityManager em;

    /**
     * The deadline from last year's recorded meeting and proxy release, and the date announced in the proxy if any.
     *
     * @throws InvalidInputException when the engine cannot tell it from what is recorded; its message says why
     */
    public DeadlineVerdict of(Resolution resolution) {
        var meeting = resolution.getMeeting();
        var previous = em.createNamedQuery("AnnualMeeting.listEarlier", AnnualMeeting.class)
                .setParameter("company", resolution.getCompany())
                .setParameter("before", meeting.getMeetingDate())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        var query = DeadlineQuery.annual(
                        resolution.getJurisdiction(),
                        meeting.getMeetingDate(),
                        previous.map(AnnualMeeting::getMeetingDate).orElse(null),
                        previous.map(AnnualMeeting::getProxyReleaseDate).orElse(null))
                .withAnnouncedDeadline(meeting.getAnnouncedProposalDeadline());
        return RULES.submissionDeadline(query);
    }

    /** The last day a submission is on time, when the engine can tell it. */
    public Optional<LocalDate> lastDayOf(Resolution resolution) {
        try {
            return Optional.ofNullable(of(resolution).deadline());
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
