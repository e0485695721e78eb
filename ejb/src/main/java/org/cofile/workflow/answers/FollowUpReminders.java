package org.cofile.workflow.answers;

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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cofile.domain.answers.Commitment;
import org.cofile.domain.answers.FollowUpReminder;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.Resolution;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.notification.MailSettings;
import org.cofile.workflow.notification.TimelineTexts;
import org.cofile.workflow.shared.Settings;

/**
 * Reminders after filing, to the lead filer's filers: before a filed resolution's annual meeting ({@code
 * COFILE_MEETING_REMINDER_DAYS}, default 14 and 2), with its item number and who presents it (14a-8(h)); and before
 * each open commitment of the company is due ({@code COFILE_COMMITMENT_REMINDER_DAYS}, default 30 and 7). Checked every
 * {@code COFILE_FOLLOW_UP_INTERVAL_SECONDS} (default hourly); each reminder is recorded with a unique key in the
 * transaction that mails it, so none goes twice, however many nodes run the check.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FollowUpReminders {

    @Resource
    private TimerService timers;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailMessage> mail;

    @Inject
    private AnswersOfResolutions answers;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void schedule() {
        long seconds = Long.parseLong(Settings.of("COFILE_FOLLOW_UP_INTERVAL_SECONDS", "3600"));
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("follow-up reminders", false));
    }

    @Timeout
    void remind() {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        meetings(today, days("COFILE_MEETING_REMINDER_DAYS", "14,2"));
        commitments(today, days("COFILE_COMMITMENT_REMINDER_DAYS", "30,7"));
    }

    private void meetings(LocalDate today, List<Integer> days) {
        if (days.isEmpty()) {
            return;
        }
        var resolutions = em.createNamedQuery("Resolution.listFiledWithMeetingBetween", Resolution.class)
                .setParameter("from", today)
                .setParameter("to", today.plusDays(days.get(days.size() - 1)))
                .getResultList();
        if (resolutions.isEmpty()) {
            return;
        }
        var ids = resolutions.stream().map(Resolution::getId).toList();
        var outcomes = answers.outcomes(ids);
        var sent = sent(FollowUpReminder.Kind.MEETING, ids);
        var filers = filersOf(resolutions.stream().map(Resolution::getLeadFiler).toList());
        for (var resolution : resolutions) {
            var meeting = resolution.getMeeting().getMeetingDate();
            if (!record(FollowUpReminder.Kind.MEETING, resolution.getId(), meeting, today, days, sent)) {
                continue;
            }
            var outcome = outcomes.get(resolution.getId());
            var item = outcome == null || outcome.getItemNumber() == null ? null : outcome.getItemNumber();
            var presenter = outcome == null ? null : outcome.getPresenter();
            for (var member : filers.getOrDefault(resolution.getLeadFiler().getId(), List.of())) {
                var locale = TimelineTexts.localeOf(member.getPreferredLocale());
                var text = TimelineTexts.text(
                                "reminder.meeting.text",
                                locale,
                                resolution.getText().getTitle(),
                                resolution.getCompany().getName(),
                                meeting)
                        + "\n"
                        + (item == null
                                ? TimelineTexts.text("reminder.meeting.noItem", locale)
                                : TimelineTexts.text("reminder.meeting.item", locale, item))
                        + "\n"
                        + (presenter == null
                                ? TimelineTexts.text("reminder.meeting.noPresenter", locale)
                                : TimelineTexts.text("reminder.meeting.presenter", locale, presenter))
                        + "\n\n" + answersPage(resolution, locale);
                mail.fire(new MailMessage(
                        member.getEmail(),
                        TimelineTexts.text(
                                "reminder.meeting.subject",
                                locale,
                                ChronoUnit.DAYS.between(today, meeting),
                                resolution.getText().getTitle()),
                        text));
            }
        }
    }

    private void commitments(LocalDate today, List<Integer> days) {
        if (days.isEmpty()) {
            return;
        }
        var due = em.createNamedQuery("Commitment.listOpenDueBetween", Commitment.class)
                .setParameter("from", today)
                .setParameter("to", today.plusDays(days.get(days.size() - 1)))
                .getResultList();
        if (due.isEmpty()) {
            return;
        }
        var sent = sent(
                FollowUpReminder.Kind.COMMITMENT,
                due.stream().map(Commitment::getId).toList());
        var filers =
                filersOf(due.stream().map(c -> c.getResolution().getLeadFiler()).toList());
        for (var commitment : due) {
            if (!record(
                    FollowUpReminder.Kind.COMMITMENT, commitment.getId(), commitment.getDueOn(), today, days, sent)) {
                continue;
            }
            var resolution = commitment.getResolution();
            for (var member : filers.getOrDefault(resolution.getLeadFiler().getId(), List.of())) {
                var locale = TimelineTexts.localeOf(member.getPreferredLocale());
                mail.fire(new MailMessage(
                        member.getEmail(),
                        TimelineTexts.text(
                                "reminder.commitment.subject",
                                locale,
                                ChronoUnit.DAYS.between(today, commitment.getDueOn()),
                                resolution.getCompany().getName()),
                        TimelineTexts.text(
                                        "reminder.commitment.text",
                                        locale,
                                        resolution.getCompany().getName(),
                                        commitment.getText(),
                                        commitment.getDueOn(),
                                        resolution.getText().getTitle())
                                + "\n\n" + answersPage(resolution, locale)));
            }
        }
    }

    /**
     * Records the reminders of {@code subjectId} due today and not sent yet; whether there was any. Reached late (the
     * server was down), the reminders of the days passed are one mail, not several.
     */
    private boolean record(
            FollowUpReminder.Kind kind,
            long subjectId,
            LocalDate dueOn,
            LocalDate today,
            List<Integer> days,
            List<FollowUpReminder> sent) {
        long left = ChronoUnit.DAYS.between(today, dueOn);
        var unsent = days.stream()
                .filter(d -> left <= d)
                .filter(d -> sent.stream().noneMatch(s -> s.isFor(subjectId, dueOn, d)))
                .toList();
        unsent.forEach(d -> em.persist(new FollowUpReminder(kind, subjectId, dueOn, d, clock.instant())));
        return !unsent.isEmpty();
    }

    private List<FollowUpReminder> sent(FollowUpReminder.Kind kind, Collection<Long> subjects) {
        return em.createNamedQuery("FollowUpReminder.listBySubjects", FollowUpReminder.class)
                .setParameter("kind", kind)
                .setParameter("subjects", subjects)
                .getResultList();
    }

    /** The active filers of each organization, by its id. */
    private Map<Long, List<Member>> filersOf(Collection<Organization> organizations) {
        var ids = organizations.stream().map(Organization::getId).distinct().toList();
        var byOrganization = new HashMap<Long, List<Member>>();
        em
                .createNamedQuery("Member.listActiveByOrganizations", Member.class)
                .setParameter("organizations", ids)
                .getResultList()
                .stream()
                .filter(m -> m.hasRole(Role.FILER))
                .forEach(m -> byOrganization
                        .computeIfAbsent(m.getOrganization().getId(), o -> new ArrayList<>())
                        .add(m));
        return byOrganization;
    }

    private static String answersPage(Resolution resolution, Locale locale) {
        return TimelineTexts.text(
                "mail.open", locale, MailSettings.baseUrl() + "resolutions/answers.xhtml?id=" + resolution.getId());
    }

    /** The days before, ascending. */
    private static List<Integer> days(String setting, String fallback) {
        return Arrays.stream(Settings.of(setting, fallback).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Integer::parseInt)
                .filter(d -> d >= 0)
                .sorted()
                .toList();
    }
}
