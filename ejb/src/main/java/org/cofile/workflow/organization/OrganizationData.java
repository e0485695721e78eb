package org.cofile.workflow.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;

/** What a form or API request says about an organization; the version guards against lost updates. */
public class OrganizationData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Organization.NAME_MAX)
    private String name;

    @NotNull
    private OrganizationKind kind;

    @Size(max = 200)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{org.cofile.website.invalid}")
    private String website;

    @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{org.cofile.country.invalid}")
    private String countryCode;

    private Long version;

    public static OrganizationData of(Organization organization) {
        var data = new OrganizationData();
        data.name = organization.getName();
        data.kind = organization.getKind();
        data.website = organization.getWebsite();
        data.countryCode = organization.getCountryCode();
        data.version = organization.getVersion();
        return data;
    }

    void applyTo(Organization organization) {
        organization.setName(name);
        organization.setKind(kind);
        organization.setWebsite(website);
        organization.setCountryCode(countryCode);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
        this.website = website;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
