package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.cofile.domain.notification.MailPreference;
import org.cofile.domain.notification.Notification;
import org.cofile.domain.resolution.TimelineKind;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.notification.NotificationService;
import org.cofile.workflow.notification.TimelineTexts;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's notifications: what happened to the resolutions they follow, newest first, with the unread count; and
 * how they want to be mailed (each change at once, a daily digest, or no mail).
 */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@SecurityRequirement(name = "apiToken")
public class NotificationsResource {

    @Inject
    private NotificationService notifications;

    public record NotificationView(
            long id,
            long resolutionId,
            String resolution,
            String company,
            TimelineKind kind,
            String text,
            String actor,
            Instant occurredAt,
            boolean read) {

        static NotificationView of(Notification notification) {
            var entry = notification.getEvent();
            var actor = entry.getActor();
            return new NotificationView(
                    notification.getId(),
                    entry.getResolution().getId(),
                    entry.getResolution().getText().getTitle(),
                    entry.getResolution().getCompany().getName(),
                    entry.getKind(),
                    actor.getDisplayName() + " "
                            + TimelineTexts.of(
                                    entry.getKind(),
                                    entry.getVersionNumber(),
                                    TimelineTexts.localeOf(
                                            notification.getMember().getPreferredLocale())),
                    actor.getDisplayName(),
                    entry.getOccurredAt(),
                    notification.isRead());
        }
    }

    public record Inbox(long unread, List<NotificationView> notifications) {}

    public record MarkRead(String upTo) {}

    public record Settings(MailPreference mail) {}

    public record SettingsChange(String mail) {}

    @GET
    public Inbox inbox() {
        return new Inbox(
                notifications.unread(),
                notifications.latest().stream().map(NotificationView::of).toList());
    }

    /** Marks read every notification up to {@code upTo}, the newest the caller has seen. */
    @POST
    @Path("/read")
    public Inbox markRead(MarkRead body) {
        var fields = new RequestFields();
        var upTo = fields.requiredCount("upTo", ApiInput.required(body).upTo());
        fields.verify();
        notifications.markRead(upTo);
        return inbox();
    }

    @GET
    @Path("/settings")
    public Settings settings() {
        return new Settings(notifications.mailPreference());
    }

    @PUT
    @Path("/settings")
    public Settings chooseMail(SettingsChange body) {
        var fields = new RequestFields();
        var mail = fields.requiredChoice("mail", ApiInput.required(body).mail(), MailPreference.class);
        fields.verify();
        return new Settings(notifications.chooseMail(mail));
    }
}
