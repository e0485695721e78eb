package org.cofile.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;

/** An investor or NGO that takes part in coalitions; its members act on its behalf. */
@Entity
@Table(name = "organization")
@NamedQuery(name = "Organization.countAll", query = "SELECT COUNT(o) FROM Organization o")
@NamedQuery(name = "Organization.findByName", query = "SELECT o FROM Organization o WHERE LOWER(o.name) = LOWER(:name)")
@NamedQuery(name = "Organization.listAll", query = "SELECT o FROM Organization o ORDER BY o.name")
@NamedQuery(
        name = "Organization.listByCoalition",
        query = "SELECT o FROM Coalition c JOIN c.organizations o WHERE c.id = :coalition ORDER BY o.name")
public class Organization extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganizationKind kind;

    @Size(max = 200)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{org.cofile.website.invalid}")
    @Column(length = 200)
    private String website;

    @Size(max = 2, min = 2)
    @Column(name = "country_code", length = 2)
    private String countryCode;

    protected Organization() {}

    public Organization(String name, OrganizationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null || website.isBlank() ? null : website.strip();
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode == null || countryCode.isBlank()
                ? null
                : countryCode.strip().toUpperCase();
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
