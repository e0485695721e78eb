package org.cofile.workflow.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.CoFilerReadiness;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.ApiToken;
import org.cofile.domain.organization.Member;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionPolicy;
import org.cofile.domain.rules.FilingRules;
import org.cofile.workflow.resolution.FilingDeadlines;
import org.cofile.workflow.shared.Caller;

/**
 * What concerns a member's organization on the calendar: the filing deadline of each resolution it files or co-files
 * (until filed) and the annual meeting where it is voted; and the member's personal feed of them, reached by a secret
 * address that the member can reset.
 */
@Stateless
public class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final FilingRules RULES = new FilingRules();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private FilingDeadlines deadlines;

    private final Clock clock = Clock.systemUTC();

    /** The caller's calendar, by date. */
    public List<CalendarEntry> entries() {
        return entriesFor(caller.access());
    }

    /** What falls due from today on, soonest first: the dashboard's list. */
    public List<CalendarEntry> due(int limit) {
        var today = today();
        return entries().stream()
                .filter(e -> !e.date().isBefore(today))
                .limit(limit)
                .toList();
    }

    /** The feed of the member whose secret this is, or empty for an unknown or reset secret. */
    public Optional<List<CalendarEntry>> feed(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("Member.findActiveByCalendarFeed", Member.class)
                .setParameter("hash", ApiToken.hash(secret))
                .getResultStream()
                .findFirst()
                .map(member -> entriesFor(caller.accessOf(member)));
    }

    /** A new secret for the caller's feed, shown once; the previous address stops working. */
    public String resetFeed() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // Kept as its SHA-256 only, as API tokens are: a copy of the database does not open anyone's feed.
        em.find(Member.class, caller.access().memberId()).resetCalendarFeed(ApiToken.hash(secret));
        return secret;
    }

    public boolean hasFeed() {
        return em.find(Member.class, caller.access().memberId()).hasCalendarFeed();
    }

    private List<CalendarEntry> entriesFor(Access access) {
        var resolutions = new LinkedHashMap<Long, Resolution>();
        var ownRecords = new LinkedHashMap<Long, CoFiler>();
        em.createNamedQuery("CoFiler.listPendingByOrganization", CoFiler.class)
                .setParameter("organization", access.organizationId())
                .getResultList()
                .forEach(c -> {
                    resolutions.put(c.getResolution().getId(), c.getResolution());
                    ownRecords.put(c.getResolution().getId(), c);
                });
        em.createNamedQuery("Resolution.listDraftsByLeadFiler", Resolution.class)
                .setParameter("organization", access.organizationId())
                .getResultList()
                .forEach(r -> resolutions.putIfAbsent(r.getId(), r));
        var visible = resolutions.values().stream()
                .filter(r -> ResolutionPolicy.maySee(access, r))
                .toList();
        var lastDays = deadlines.lastDaysOf(
                visible.stream().filter(r -> !r.getState().isSubmitted()).toList());
        var today = today();
        var entries = new ArrayList<CalendarEntry>();
        for (var resolution : visible) {
            var title = resolution.getText().getTitle();
            var company = resolution.getCompany().getName();
            var deadline = lastDays.get(resolution.getId());
            if (deadline != null) {
                var own = ownRecords.get(resolution.getId());
                int needed = own == null || !own.getStatus().isProponent()
                        ? 0
                        : CoFilerReadiness.of(
                                        own,
                                        resolution.getJurisdiction(),
                                        resolution.getMeeting().getMeetingDate(),
                                        resolution.submissionDateFor(deadline, today),
                                        RULES)
                                .missing()
                                .size();
                entries.add(new CalendarEntry(
                        deadline, CalendarEntry.Kind.FILING_DEADLINE, resolution.getId(), title, company, needed));
            }
            entries.add(new CalendarEntry(
                    resolution.getMeeting().getMeetingDate(),
                    CalendarEntry.Kind.ANNUAL_MEETING,
                    resolution.getId(),
                    title,
                    company,
                    0));
        }
        entries.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::kind));
        return entries;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
