package org.cofile.workflow.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.cofile.domain.company.Cik;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.company.ValidCik;
import org.cofile.domain.company.ValidTicker;

/** What a form or API request says about a company, as typed; the version guards against lost updates. */
public class CompanyData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Company.NAME_MAX)
    private String name;

    @NotBlank
    @ValidTicker
    private String ticker;

    @ValidCik
    private String cik;

    @NotBlank
    @Pattern(regexp = "^[A-Za-z]{2}$", message = "{org.cofile.country.invalid}")
    private String countryCode = "US";

    private Long version;

    public static CompanyData of(Company company) {
        var data = new CompanyData();
        data.name = company.getName();
        data.ticker = company.getTicker().value();
        data.cik = company.getCik() == null ? null : company.getCik().value();
        data.countryCode = company.getCountryCode();
        data.version = company.getVersion();
        return data;
    }

    Ticker parsedTicker() {
        return Ticker.parse(ticker);
    }

    Cik parsedCik() {
        return cik == null || cik.isBlank() ? null : Cik.parse(cik);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTicker() {
        return ticker;
    }

    public void setTicker(String ticker) {
        this.ticker = ticker;
    }

    public String getCik() {
        return cik;
    }

    public void setCik(String cik) {
        this.cik = cik;
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
