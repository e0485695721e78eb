package org.cofile.workflow.cofiling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.CoFilerReadiness;
import org.cofile.domain.cofiling.ReminderSent;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.FilingRules;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.notification.MailSettings;
import org.cofile.workflow.resolution.FilingDeadlines;
import org.cofile.workflow.shared.Settings;

/**
 * E-mail reminders before each filing deadline to the co-filers that still miss something, a configurable number of
 * days before it ({@code COFILE_REMINDER_DAYS}, default 7 and 2). A persistent EJB timer runs the check
 * ({@code COFILE_REMINDER_INTERVAL_SECONDS}, default hourly); being persistent, it is restored from the server's timer
 * store after a restart rather than created again. Each reminder sent is recorded in the same transaction that sends
 * it (after commit), so none goes twice.
 */
@Singleton
@Startup
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());
    private static final FilingRules RULES = new FilingRules();
    private static final String TIMER = "deadline-reminders every ";

    @Resource
    private TimerService timers;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FilingDeadlines deadlines;

    @Inject
    private Event<MailMessage> mail;

    private final Clock clock = Clock.systemUTC();

    /** Keeps the persistent timer restored from the store when its interval is still the one configured. */
    @PostConstruct
    void schedule() {
        long seconds = Long.parseLong(Settings.of("COFILE_REMINDER_INTERVAL_SECONDS", "3600"));
        var wanted = TIMER + seconds + " s";
        boolean kept = false;
        for (var timer : timers.getTimers()) {
            if (wanted.equals(timer.getInfo()) && !kept) {
                kept = true;
            } else {
                timer.cancel();
            }
        }
        if (kept) {
            LOG.info(() -> "Deadline reminders: the persistent timer (" + wanted + ") was restored.");
        } else {
            timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(wanted, true));
            LOG.info(() -> "Deadline reminders: persistent timer created (" + wanted + ").");
        }
    }

    /** One run: every reminder due today that was not sent yet. */
    @Timeout
    void remind() {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var days = reminderDays();
        var due = new HashMap<Long, List<Integer>>();
        var deadlineOf = new HashMap<Long, LocalDate>();
        var byId = new HashMap<Long, Resolution>();
        var open = em.createNamedQuery("Resolution.listOpenForFiling", Resolution.class)
                .setParameter("today", today)
                .getResultList();
        var lastDays = deadlines.lastDaysOf(open);
        for (var resolution : open) {
            var deadline = lastDays.get(resolution.getId());
            if (deadline == null || today.isAfter(deadline)) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, deadline);
            var applicable = days.stream().filter(d -> left <= d).toList();
            if (!applicable.isEmpty()) {
                due.put(resolution.getId(), applicable);
                deadlineOf.put(resolution.getId(), deadline);
                byId.put(resolution.getId(), resolution);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        var coFilers = em.createNamedQuery("CoFiler.listJoinedByResolutions", CoFiler.class)
                .setParameter("resolutions", due.keySet())
                .getResultList();
        if (coFilers.isEmpty()) {
            return;
        }
        var sent = em.createNamedQuery("ReminderSent.listByCoFilers", ReminderSent.class)
                .setParameter("coFilers", coFilers.stream().map(CoFiler::getId).toList())
                .getResultList();
        for (var coFiler : coFilers) {
            var resolution = byId.get(coFiler.getResolution().getId());
            var deadline = deadlineOf.get(resolution.getId());
            var unsent = due.get(resolution.getId()).stream()
                    .filter(d -> sent.stream().noneMatch(s -> s.isFor(coFiler.getId(), deadline, d)))
                    .toList();
            if (unsent.isEmpty()) {
                continue;
            }
            var readiness = CoFilerReadiness.of(
                    coFiler,
                    resolution.getJurisdiction(),
                    resolution.getMeeting().getMeetingDate(),
                    resolution.submissionDateFor(deadline, today),
                    RULES);
            if (readiness.verified()) {
                continue;
            }
            // Reached late (the server was down), the reminders of the days passed are one mail, not several.
            unsent.forEach(d -> em.persist(new ReminderSent(coFiler, deadline, d, clock.instant())));
            notify(coFiler, resolution, deadline, ChronoUnit.DAYS.between(today, deadline), readiness);
        }
    }

    private void notify(
            CoFiler coFiler, Resolution resolution, LocalDate deadline, long daysLeft, CoFilerReadiness readiness) {
        var missing = readiness.missing().stream()
                .map(item -> "- " + item.message().format(Locale.ENGLISH))
                .collect(Collectors.joining("\n"));
        var subject = "Filing deadline in " + daysLeft + " day(s): "
                + resolution.getText().getTitle();
        var text = "The filing deadline of \"" + resolution.getText().getTitle() + "\" at "
                + resolution.getCompany().getName() + " is " + deadline + ".\n\n"
                + coFiler.getOrganization().getName() + " still needs:\n" + missing + "\n\n"
                + "Complete it at " + MailSettings.baseUrl() + "resolutions/cofilers.xhtml?id=" + resolution.getId()
                + "\n";
        for (var member : em.createNamedQuery("Member.listByOrganization", Member.class)
                .setParameter("organization", coFiler.getOrganization())
                .getResultList()) {
            if (member.isActive() && member.hasRole(Role.FILER)) {
                mail.fire(new MailMessage(member.getEmail(), subject, text));
            }
        }
    }

    private static List<Integer> reminderDays() {
        var days = new ArrayList<Integer>();
        Arrays.stream(Settings.of("COFILE_REMINDER_DAYS", "7,2").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Integer::parseInt)
                .filter(d -> d >= 0)
                .forEach(days::add);
        return days;
    }
}
