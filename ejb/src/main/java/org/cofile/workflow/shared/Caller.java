package org.cofile.workflow.shared;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Role;

/**
 * Who is calling: the member the container authenticated (by portal sign-in or API token), whose principal name is
 * the member's e-mail address. Services ask it before they change anything.
 */
@Stateless
public class Caller {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    public Optional<Member> findMember() {
        var principal = context.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Member.findByEmail", Member.class)
                .setParameter("email", principal.getName())
                .getResultStream()
                .findFirst();
    }

    /** The signed-in member; anyone else is refused. */
    public Member getMember() {
        return findMember().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    /** The signed-in member, if its role includes the one required. */
    public Member require(Role role) {
        var member = getMember();
        if (!member.hasRole(role)) {
            throw new AccessDeniedException("This needs the role " + role + "; you are " + member.getRole() + ".");
        }
        return member;
    }
}
