package org.cofile.workflow.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationPolicy;
import org.cofile.domain.shared.ConflictException;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.Listing;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.Page;
import org.cofile.workflow.shared.PageRequest;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * Organizations, as {@link OrganizationPolicy} allows: a member sees its own and those sharing a coalition with it;
 * a platform or coalition admin creates them; an organization's admins change its record.
 */
@Stateless
public class OrganizationService {

    private static final Listing<Organization> LISTING =
            new Listing<>(Organization.class, "name", Set.of("name", "kind", "countryCode"), Set.of("name", "kind"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Page<Organization> list(@NotNull PageRequest request) {
        return LISTING.page(em, request, OrganizationPolicy.visibleTo(caller.access()));
    }

    /** Every organization's name, for a coalition admin choosing one to invite; nothing else about them. */
    public List<Organization> listAllForInvitation() {
        if (!OrganizationPolicy.mayCreate(caller.access())) {
            throw new AccessDeniedException("Only a coalition admin may look through every organization.");
        }
        return em.createNamedQuery("Organization.listAll", Organization.class).getResultList();
    }

    /** The organization, if the caller may see it. */
    public Optional<Organization> find(long id) {
        return findVisible(id, caller.access());
    }

    public Organization get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    /** Whether the caller may create organizations, for pages that offer it. */
    public boolean mayCreate() {
        return OrganizationPolicy.mayCreate(caller.access());
    }

    /** Whether the caller may change the organization's record, for pages that offer the change. */
    public boolean mayChange(Organization organization) {
        return OrganizationPolicy.mayChange(caller.access(), organization);
    }

    public Optional<Organization> findVisible(long id, Access access) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Organization.class);
        var root = query.from(Organization.class);
        query.where(
                cb.equal(root.get("id"), id),
                OrganizationPolicy.visibleTo(access).on(cb, query, root));
        return em.createQuery(query).getResultStream().findFirst();
    }

    public Organization create(@NotNull @Valid OrganizationData data) {
        if (!OrganizationPolicy.mayCreate(caller.access())) {
            throw new AccessDeniedException("Only a platform admin or a coalition admin may create an organization.");
        }
        requireUniqueName(data.getName(), null);
        var organization = new Organization(data.getName(), data.getKind());
        data.applyTo(organization);
        em.persist(organization);
        flushGuardingUniqueName(organization);
        return organization;
    }

    public Organization update(long id, @NotNull @Valid OrganizationData data) {
        var access = caller.access();
        var organization = findVisible(id, access).orElseThrow(() -> new NotFoundException("Organization", id));
        requireMayChange(access, organization);
        if (data.getVersion() != null && data.getVersion() != organization.getVersion()) {
            throw new ConflictException(null, "Someone changed " + organization.getName() + " meanwhile; reload it.");
        }
        requireUniqueName(data.getName(), organization);
        data.applyTo(organization);
        flushGuardingUniqueName(organization);
        return organization;
    }

    private static void requireMayChange(Access access, Organization organization) {
        if (!OrganizationPolicy.mayChange(access, organization)) {
            throw new AccessDeniedException("Only an admin of " + organization.getName() + " may change it.");
        }
    }

    private void flushGuardingUniqueName(Organization organization) {
        UniqueKeys.flush(em, "name", "Someone named an organization " + organization.getName() + " a moment ago.");
    }

    private void requireUniqueName(String name, Organization self) {
        em.createNamedQuery("Organization.findByName", Organization.class)
                .setParameter("name", name.strip())
                .getResultStream()
                .filter(other -> !other.equals(self))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("name", "An organization named " + other.getName() + " exists.");
                });
    }
}
