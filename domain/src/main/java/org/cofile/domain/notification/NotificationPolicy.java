package org.cofile.domain.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.CoFilerStatus;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.ResolutionEvent;

/**
 * Who is told of an entry of a resolution's timeline; the one place that decides it: the active members of the lead
 * filer and of every organization co-filing or asked to (not one that declined), and the coalition's admins; never
 * the member who did it.
 */
public final class NotificationPolicy {

    private NotificationPolicy() {}

    /**
     * @param coFilers the resolution's co-filers, the lead filer among them
     * @param membersOf the active members of those organizations
     * @param coalitionAdmins the admins of the resolution's coalition
     */
    public static Set<Member> recipients(
            ResolutionEvent event,
            Collection<CoFiler> coFilers,
            Collection<Member> membersOf,
            Collection<Member> coalitionAdmins) {
        var organizations = new LinkedHashSet<Organization>();
        organizations.add(event.getResolution().getLeadFiler());
        coFilers.stream()
                .filter(c -> c.getStatus() != CoFilerStatus.DECLINED)
                .forEach(c -> organizations.add(c.getOrganization()));
        var recipients = new LinkedHashSet<Member>();
        membersOf.stream()
                .filter(m -> m.isActive() && organizations.contains(m.getOrganization()))
                .forEach(recipients::add);
        coalitionAdmins.stream().filter(Member::isActive).forEach(recipients::add);
        if (event.getActor() != null) {
            recipients.remove(event.getActor());
        }
        return recipients;
    }
}
