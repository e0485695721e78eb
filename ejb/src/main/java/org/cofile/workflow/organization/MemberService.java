package org.cofile.workflow.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Role;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;

/**
 * The members of an organization: its members see one another; its admins deactivate members, whose sessions and
 * tokens stop working at their next request (the authentication mechanism and {@link Caller} look only for active
 * members).
 */
@Stateless
public class MemberService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    private final Clock clock = Clock.systemUTC();

    /** The members of the caller's organization, active and deactivated. */
    public List<Member> ofMyOrganization() {
        var member = caller.getMember();
        return em.createNamedQuery("Member.listByOrganization", Member.class)
                .setParameter("organization", member.getOrganization())
                .getResultList();
    }

    /** Deactivates a member of the caller's organization; an admin may not lock itself out. */
    public Member deactivate(long memberId) {
        var admin = caller.getMember();
        var member = em.find(Member.class, memberId);
        if (member == null || !member.belongsTo(admin.getOrganization())) {
            throw new NotFoundException("Member", memberId);
        }
        if (!admin.hasRole(Role.ORG_ADMIN)) {
            throw new AccessDeniedException("Only an organization admin deactivates members.");
        }
        if (member.equals(admin)) {
            throw new AccessDeniedException("You cannot deactivate yourself; ask another admin.");
        }
        member.deactivate(clock.instant());
        return member;
    }
}
