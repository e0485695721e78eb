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
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.Role;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.ConflictException;
import org.cofile.workflow.shared.Listing;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.Page;
import org.cofile.workflow.shared.PageRequest;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * Organizations: every member may read them; a coalition admin creates them and may change any; an organization
 * admin may change only its own.
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
        caller.getMember();
        return LISTING.page(em, request);
    }

    public List<Organization> listAll() {
        return em.createNamedQuery("Organization.listAll", Organization.class).getResultList();
    }

    public Optional<Organization> find(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    public Organization get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    public Organization create(@NotNull @Valid OrganizationData data) {
        caller.require(Role.COALITION_ADMIN);
        requireUniqueName(data.getName(), null);
        var organization = new Organization(data.getName(), data.getKind());
        data.applyTo(organization);
        em.persist(organization);
        flushGuardingUniqueName(organization);
        return organization;
    }

    public Organization update(long id, @NotNull @Valid OrganizationData data) {
        var organization = get(id);
        requireMayChange(caller.getMember(), organization);
        if (data.getVersion() != null && data.getVersion() != organization.getVersion()) {
            throw new ConflictException(null, "Someone changed " + organization.getName() + " meanwhile; reload it.");
        }
        requireUniqueName(data.getName(), organization);
        data.applyTo(organization);
        flushGuardingUniqueName(organization);
        return organization;
    }

    private static void requireMayChange(Member member, Organization organization) {
        if (!member.mayChange(organization)) {
            throw new AccessDeniedException(
                    "Only an admin of " + organization.getName() + " or a coalition admin may change it.");
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
