package org.cofile.workflow.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.workflow.shared.Caller;

/** Counts the coalition's records for the dashboard, each with one query. */
@Stateless
public class DashboardService {

    private static final int NEXT_MEETINGS_SHOWN = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    private final Clock clock = Clock.systemUTC();

    public DashboardFigures figures() {
        caller.getMember();
        var today = LocalDate.now(clock);
        var next = em.createNamedQuery("AnnualMeeting.listUpcoming", AnnualMeeting.class)
                .setParameter("from", today)
                .setMaxResults(NEXT_MEETINGS_SHOWN)
                .getResultStream()
                .map(m -> new DashboardFigures.UpcomingMeeting(
                        m.getCompany().getName(), m.getCompany().getTicker().value(), m.getMeetingDate()))
                .toList();
        return new DashboardFigures(
                count("Organization.countAll"),
                count("Member.countAll"),
                count("Company.countAll"),
                em.createNamedQuery("AnnualMeeting.countUpcoming", Long.class)
                        .setParameter("from", today)
                        .getSingleResult(),
                next);
    }

    private long count(String namedQuery) {
        return em.createNamedQuery(namedQuery, Long.class).getSingleResult();
    }
}
