package org.cofile.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;

/**
 * Organizations that work together on a cause, such as the 2019 coalition against face surveillance sales. A coalition
 * is a tenant: its resolutions are seen only by its organizations, and its admins have rights in it and nowhere else.
 */
@Entity
@Table(name = "coalition")
@NamedQuery(name = "Coalition.findByName", query = "SELECT c FROM Coalition c WHERE c.name = :name")
@NamedQuery(name = "Coalition.countAll", query = "SELECT COUNT(c) FROM Coalition c")
@NamedQuery(
        name = "Coalition.idsByOrganization",
        query = "SELECT c.id FROM Coalition c JOIN c.organizations o WHERE o.id = :organization")
@NamedQuery(
        name = "Coalition.idsAdministeredBy",
        query = "SELECT c.id FROM Coalition c JOIN c.admins m WHERE m.id = :member")
@NamedQuery(
        name = "Coalition.listByOrganization",
        query = "SELECT c FROM Coalition c JOIN c.organizations o WHERE o.id = :organization ORDER BY c.name")
public class Coalition extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(length = 2000)
    private String purpose;

    @ManyToMany
    @JoinTable(
            name = "coalition_organization",
            joinColumns = @JoinColumn(name = "coalition_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> organizations = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "coalition_admin",
            joinColumns = @JoinColumn(name = "coalition_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> admins = new LinkedHashSet<>();

    protected Coalition() {}

    public Coalition(String name, String purpose) {
        this.name = Bounds.text(Checks.notBlank(name, "name").strip(), Bounds.MAX_NAME, "name");
        this.purpose = purpose == null || purpose.isBlank() ? null : Bounds.text(purpose.strip(), 2000, "purpose");
    }

    public void join(Organization organization) {
        organizations.add(organization);
    }

    public boolean includes(Organization organization) {
        return organizations.contains(organization);
    }

    /** Makes {@code member} an admin of this coalition; its organization must belong to it. */
    public void appointAdmin(Member member) {
        if (!includes(member.getOrganization())) {
            throw new InvalidInputException(
                    "member", member.getOrganization().getName() + " does not belong to the coalition " + name + ".");
        }
        admins.add(member);
    }

    public boolean isAdministeredBy(Member member) {
        return admins.contains(member);
    }

    public Set<Member> getAdmins() {
        return Collections.unmodifiableSet(admins);
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public Set<Organization> getOrganizations() {
        return Collections.unmodifiableSet(organizations);
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
