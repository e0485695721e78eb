package org.cofile.web.rest;

import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;

/** An organization as the API shows it. */
public record OrganizationView(
        Long id, long version, String name, OrganizationKind kind, String website, String countryCode) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(
                o.getId(), o.getVersion(), o.getName(), o.getKind(), o.getWebsite(), o.getCountryCode());
    }
}
