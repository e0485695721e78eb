package org.cofile.web.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.notification.MailPreference;
import org.cofile.domain.notification.Notification;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.notification.NotificationService;

/**
 * The notifications page ({@code notifications.xhtml}): the newest notifications, marking them read up to the newest
 * shown (one that arrives meanwhile stays unread), and the member's choice of mail.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    @Inject
    private Messages messages;

    private List<Notification> latest;
    private MailPreference mail;

    public void load() {
        latest = notifications.latest();
        mail = notifications.mailPreference();
    }

    public String markRead() {
        if (latest != null && !latest.isEmpty()) {
            notifications.markRead(latest.get(0).getId());
        }
        messages.flash("notifications.marked");
        return "/notifications?faces-redirect=true";
    }

    public String saveMail() {
        if (mail == null) {
            return null;
        }
        notifications.chooseMail(mail);
        messages.flash("notifications.mailSaved");
        return "/notifications?faces-redirect=true";
    }

    public List<Notification> getLatest() {
        return latest;
    }

    public MailPreference[] getMailChoices() {
        return MailPreference.values();
    }

    public MailPreference getMail() {
        return mail;
    }

    public void setMail(MailPreference mail) {
        this.mail = mail;
    }
}
