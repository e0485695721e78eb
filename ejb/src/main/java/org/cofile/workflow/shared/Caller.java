package org.cofile.workflow.shared;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Role;

/**
 * Who is calling: the member the container authenticated (by portal sign-in or API token), whose principal name is
 * the member's e-mail address. A deactivated member is nobody. Services ask it for the caller's {@link Access}, which
 * the access policies decide with.
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
        return em.createNamedQuery("Member.findActiveByEmail", Member.class)
                .setParameter("email", principal.getName())
                .getResultStream()
                .findFirst();
    }

    /** The signed-in member; anyone else is refused. */
    public Member getMember() {
        return findMember().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    @Inject
    private BeanManager beans;

    @Inject
    private RequestAccess requestAccess;

    /**
     * What the signed-in member is, for the access policies; anyone else is refused. Read once per request where
     * there is one (a page or an API call), otherwise (a timer, a startup task) on every call.
     */
    public Access access() {
        var principal = context.getCallerPrincipal();
        if (principal == null || !requestActive()) {
            return accessOf(getMember());
        }
        return requestAccess.get(principal.getName(), () -> accessOf(getMember()));
    }

    private boolean requestActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    public Access accessOf(Member member) {
        var coalitions = em.createNamedQuery("Coalition.idsByOrganization", Long.class)
                .setParameter("organization", member.getOrganization().getId())
                .getResultList();
        var administered = em.createNamedQuery("Coalition.idsAdministeredBy", Long.class)
                .setParameter("member", member.getId())
                .getResultList();
        return new Access(
                member.getId(),
                member.getOrganization().getId(),
                member.getRole(),
                member.isPlatformAdmin(),
                Set.copyOf(coalitions),
                Set.copyOf(administered));
    }

    /** The signed-in member, if it runs the platform. */
    public Member requirePlatformAdmin() {
        var member = getMember();
        if (!member.isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform admin may do this.");
        }
        return member;
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
