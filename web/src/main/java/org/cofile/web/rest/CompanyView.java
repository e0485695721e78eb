package org.cofile.web.rest;

import org.cofile.domain.company.Company;

/** A company as the API shows it. */
public record CompanyView(Long id, long version, String name, String ticker, String cik, String countryCode) {

    static CompanyView of(Company c) {
        return new CompanyView(
                c.getId(),
                c.getVersion(),
                c.getName(),
                c.getTicker().value(),
                c.getCik() == null ? null : c.getCik().value(),
                c.getCountryCode());
    }
}
