package org.cofile.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cofile.workflow.notification.NotificationService;

/** The unread count the header shows beside "Notifications": one count query per page. */
@Named("unread")
@RequestScoped
public class UnreadBacking {

    @Inject
    private NotificationService notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = notifications.unread();
        }
        return count;
    }
}
