package org.cofile.workflow.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.cofile.domain.notification.MailPreference;
import org.cofile.domain.notification.Notification;
import org.cofile.domain.organization.Member;
import org.cofile.workflow.shared.Caller;

/** The signed-in member's own notifications and how they want to be mailed; no one reads another's. */
@Stateless
public class NotificationService {

    /** The portal and the API show the newest; older ones stay in the resolutions' timelines. */
    public static final int SHOWN = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    private final Clock clock = Clock.systemUTC();

    public List<Notification> latest() {
        return em.createNamedQuery("Notification.listByMember", Notification.class)
                .setParameter("member", caller.access().memberId())
                .setMaxResults(SHOWN)
                .getResultList();
    }

    public long unread() {
        return em.createNamedQuery("Notification.countUnread", Long.class)
                .setParameter("member", caller.access().memberId())
                .getSingleResult();
    }

    /** Marks read every notification up to {@code upTo} (the newest the member saw), so none arriving since is lost. */
    public int markRead(long upTo) {
        return em.createNamedQuery("Notification.markRead")
                .setParameter("member", caller.access().memberId())
                .setParameter("upTo", upTo)
                .setParameter("at", clock.instant())
                .executeUpdate();
    }

    public MailPreference mailPreference() {
        return em.find(Member.class, caller.access().memberId()).getMailPreference();
    }

    public MailPreference chooseMail(MailPreference preference) {
        var member = em.find(Member.class, caller.access().memberId());
        member.setMailPreference(preference);
        return member.getMailPreference();
    }
}
