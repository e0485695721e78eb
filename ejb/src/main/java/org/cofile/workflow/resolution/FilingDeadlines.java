package org.cofile.workflow.resolution;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
     * The engine's deadline verdict, or why it cannot tell one from what is recorded. Answered, not thrown: an
     * application exception thrown out of this bean would mark the caller's transaction for rollback even when caught,
     * and undo the use case that only wanted to show the deadline.
     */
    public Lookup lookup(Resolution resolution) {
        try {
            return new Lookup(of(resolution), null);
        } catch (InvalidInputException e) {
            return new Lookup(null, e.getMessage());
        }
    }

    /** A deadline verdict, or ({@code verdict} {@code null}) the reason there is none. */
    public record Lookup(DeadlineVerdict verdict, String unavailable) {}

    /**
     * The deadline from last year's recorded meeting and proxy release, and the date announced in the proxy if any.
     *
     * @throws InvalidInputException when the engine cannot tell it from what is recorded; its message says why
     */
    DeadlineVerdict of(Resolution resolution) {
        var previous = em.createNamedQuery("AnnualMeeting.listEarlier", AnnualMeeting.class)
                .setParameter("company", resolution.getCompany())
                .setParameter("before", resolution.getMeeting().getMeetingDate())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        return verdict(resolution, previous);
    }

    /**
     * The last day of each resolution that has one, by resolution id, in one query whatever their number: the
     * calendar, the reminders and the holdings import ask it for many resolutions at a time.
     */
    public Map<Long, LocalDate> lastDaysOf(Collection<Resolution> resolutions) {
        if (resolutions.isEmpty()) {
            return Map.of();
        }
        var latest = resolutions.stream()
                .map(r -> r.getMeeting().getMeetingDate())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        // Newest first, so the first earlier meeting of the company met below is the previous one.
        var earlier = em.createNamedQuery("AnnualMeeting.listEarlierOfCompanies", AnnualMeeting.class)
                .setParameter(
                        "companies",
                        resolutions.stream()
                                .map(r -> r.getCompany().getId())
                                .distinct()
                                .toList())
                .setParameter("before", latest)
                .getResultList();
        var days = new HashMap<Long, LocalDate>();
        for (var resolution : resolutions) {
            var meetingDate = resolution.getMeeting().getMeetingDate();
            var previous = earlier.stream()
                    .filter(m -> m.getCompany()
                                    .getId()
                                    .equals(resolution.getCompany().getId())
                            && m.getMeetingDate().isBefore(meetingDate))
                    .findFirst();
            try {
                var day = verdict(resolution, previous).deadline();
                if (day != null) {
                    days.put(resolution.getId(), day);
                }
            } catch (InvalidInputException e) {
                // The engine cannot tell this one from what is recorded: it has no last day here, as in lastDayOf.
            }
        }
        return days;
    }

    private static DeadlineVerdict verdict(Resolution resolution, Optional<AnnualMeeting> previous) {
        var meeting = resolution.getMeeting();
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
