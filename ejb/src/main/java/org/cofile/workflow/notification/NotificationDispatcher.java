package org.cofile.workflow.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.notification.MailPreference;
import org.cofile.domain.notification.Notification;
import org.cofile.domain.notification.NotificationCursor;
import org.cofile.domain.notification.NotificationPolicy;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.workflow.shared.Settings;

/**
 * Turns each new entry of the resolutions' timelines into notifications for the members concerned ({@link
 * NotificationPolicy}), mails those who want each change at once, and once a day, from {@code COFILE_DIGEST_HOUR}
 * (UTC, default 7), mails the digest to those who want one. Runs every {@code COFILE_NOTIFICATION_INTERVAL_SECONDS}
 * (default 30). Reading the timeline rather than being called by every use case, it misses nothing that was committed
 * and tells nothing that rolled back; the cursor row, locked by each run, and one notification per member and entry
 * keep a second node from telling twice.
 */
@Singleton
@Startup
// After the demo data: its history is the past, not news.
@DependsOn({"DatabaseMigration", "DemoData"})
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    /** Entries told per run: a burst is told over a few runs rather than in one long transaction. */
    static final int ENTRIES_PER_RUN = 500;

    @Resource
    private TimerService timers;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailMessage> mail;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void schedule() {
        long seconds = Long.parseLong(Settings.of("COFILE_NOTIFICATION_INTERVAL_SECONDS", "30"));
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("notifications", false));
    }

    @Timeout
    void dispatch() {
        var cursor = em.find(NotificationCursor.class, NotificationCursor.THE_CURSOR, LockModeType.PESSIMISTIC_WRITE);
        if (cursor == null) {
            Long last =
                    em.createNamedQuery("ResolutionEvent.lastId", Long.class).getSingleResult();
            em.persist(new NotificationCursor(last == null ? 0 : last));
            LOG.info("Notifications start after timeline entry " + last + ".");
            return;
        }
        var entries = em.createNamedQuery("ResolutionEvent.listAfter", ResolutionEvent.class)
                .setParameter("after", cursor.getLastEventId())
                .setMaxResults(ENTRIES_PER_RUN)
                .getResultList();
        if (!entries.isEmpty()) {
            tell(entries);
            cursor.advanceTo(entries.get(entries.size() - 1).getId());
        }
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int digestHour = Integer.parseInt(Settings.of("COFILE_DIGEST_HOUR", "7"));
        if (cursor.isDigestDue(now, digestHour)) {
            digest();
            cursor.digestSent(today);
        }
    }

    /** The notifications of {@code entries}, and the mails of those who want each at once. */
    private void tell(List<ResolutionEvent> entries) {
        var resolutionIds = entries.stream().map(e -> e.getResolution().getId()).collect(Collectors.toSet());
        var coFilers = em
                .createNamedQuery("CoFiler.listByResolutions", CoFiler.class)
                .setParameter("resolutions", resolutionIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(c -> c.getResolution().getId()));
        var organizations = new HashSet<Long>();
        entries.forEach(e -> organizations.add(e.getResolution().getLeadFiler().getId()));
        coFilers.values()
                .forEach(list ->
                        list.forEach(c -> organizations.add(c.getOrganization().getId())));
        var members = em.createNamedQuery("Member.listActiveByOrganizations", Member.class)
                .setParameter("organizations", organizations)
                .getResultList();
        var admins = new HashMap<Long, List<Member>>();
        for (var entry : entries) {
            var coalition = entry.getResolution().getCoalition();
            admins.computeIfAbsent(
                    coalition.getId(),
                    id -> new ArrayList<>(em.find(Coalition.class, id).getAdmins()));
        }
        var now = clock.instant();
        for (var entry : entries) {
            var resolution = entry.getResolution();
            var recipients = NotificationPolicy.recipients(
                    entry,
                    coFilers.getOrDefault(resolution.getId(), List.of()),
                    members,
                    admins.get(resolution.getCoalition().getId()));
            for (var member : recipients) {
                var notification = new Notification(member, entry, now);
                em.persist(notification);
                if (member.getMailPreference() == MailPreference.IMMEDIATE) {
                    notification.mailed(now);
                    var locale = TimelineTexts.localeOf(member.getPreferredLocale());
                    mail.fire(new MailMessage(
                            member.getEmail(),
                            TimelineTexts.text(
                                    "mail.subject",
                                    locale,
                                    resolution.getText().getTitle(),
                                    TimelineTexts.of(entry.getKind(), entry.getVersionNumber(), locale)),
                            line(entry, locale) + "\n\n" + footer(resolution.getId(), locale)));
                }
            }
        }
    }

    /** One mail per member who wants a digest, with every change not mailed yet. */
    private void digest() {
        var pending = em.createNamedQuery("Notification.listUnmailed", Notification.class)
                .setParameter("preference", MailPreference.DAILY_DIGEST)
                .getResultList();
        var byMember = new LinkedHashMap<Member, List<Notification>>();
        pending.forEach(n ->
                byMember.computeIfAbsent(n.getMember(), m -> new ArrayList<>()).add(n));
        var now = clock.instant();
        byMember.forEach((member, notifications) -> {
            var locale = TimelineTexts.localeOf(member.getPreferredLocale());
            var text = new StringBuilder(TimelineTexts.text("mail.digest.intro", locale)).append("\n\n");
            for (var notification : notifications) {
                var entry = notification.getEvent();
                text.append("- ")
                        .append(entry.getResolution().getText().getTitle())
                        .append(": ")
                        .append(line(entry, locale))
                        .append('\n');
                notification.mailed(now);
            }
            text.append('\n')
                    .append(TimelineTexts.text(
                            "mail.settings", locale, MailSettings.baseUrl() + "notifications.xhtml"));
            mail.fire(new MailMessage(
                    member.getEmail(),
                    TimelineTexts.text("mail.digest.subject", locale, notifications.size()),
                    text.toString()));
        });
    }

    private static String line(ResolutionEvent entry, Locale locale) {
        var line = TimelineTexts.text(
                "mail.line",
                locale,
                entry.getActor().getDisplayName() + " ("
                        + entry.getActor().getOrganization().getName() + ")",
                TimelineTexts.of(entry.getKind(), entry.getVersionNumber(), locale));
        return entry.getReason() == null
                ? line
                : line + " " + TimelineTexts.text("mail.detail", locale, entry.getReason());
    }

    private static String footer(long resolutionId, Locale locale) {
        return TimelineTexts.text(
                        "mail.open", locale, MailSettings.baseUrl() + "resolutions/view.xhtml?id=" + resolutionId)
                + "\n" + TimelineTexts.text("mail.settings", locale, MailSettings.baseUrl() + "notifications.xhtml");
    }
}
