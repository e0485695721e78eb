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

/** Organizations that work together on a cause, such as the 2019 coalition against face surveillance sales. */
@Entity
@Table(name = "coalition")
@NamedQuery(name = "Coalition.findByName", query = "SELECT c FROM Coalition c WHERE c.name = :name")
@NamedQuery(name = "Coalition.countAll", query = "SELECT COUNT(c) FROM Coalition c")
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

    protected Coalition() {}

    public Coalition(String name, String purpose) {
        this.name = name;
        this.purpose = purpose;
    }

    public void join(Organization organization) {
        organizations.add(organization);
    }

    public boolean includes(Organization organization) {
        return organizations.contains(organization);
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
