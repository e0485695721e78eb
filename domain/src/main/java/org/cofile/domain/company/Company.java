package org.cofile.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/** A listed company that coalitions engage and file resolutions at. Its ticker identifies it among companies. */
@Entity
@Table(name = "company")
@NamedQuery(name = "Company.findByTicker", query = "SELECT c FROM Company c WHERE c.ticker = :ticker")
@NamedQuery(name = "Company.listByTickers", query = "SELECT c FROM Company c WHERE c.ticker IN :tickers")
@NamedQuery(name = "Company.findByCik", query = "SELECT c FROM Company c WHERE c.cik = :cik")
@NamedQuery(name = "Company.countAll", query = "SELECT COUNT(c) FROM Company c")
public class Company extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Convert(converter = TickerConverter.class)
    @Column(nullable = false, unique = true, length = 10)
    private Ticker ticker;

    @Convert(converter = CikConverter.class)
    @Column(unique = true, length = 10)
    private Cik cik;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    /** Where proposals go: the corporate secretary's postal address, one line per line, as the proxy states it. */
    @Column(name = "secretary_address", length = ADDRESS_MAX)
    private String secretaryAddress;

    @Column(name = "secretary_email", length = 254)
    private String secretaryEmail;

    protected Company() {}

    public Company(String name, Ticker ticker, Cik cik, String countryCode) {
        rename(name);
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.cik = cik;
        moveTo(countryCode);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("name", "A company needs a name.");
        }
        if (newName.strip().length() > NAME_MAX) {
            throw new InvalidInputException("name", "A company name has at most " + NAME_MAX + " characters.");
        }
        this.name = newName.strip();
    }

    public void changeTicker(Ticker newTicker) {
        this.ticker = Objects.requireNonNull(newTicker, "ticker");
    }

    public void changeCik(Cik newCik) {
        this.cik = newCik;
    }

    /** The country whose filing rules apply, as an ISO 3166 alpha-2 code. */
    public void moveTo(String newCountryCode) {
        if (newCountryCode == null || !newCountryCode.strip().matches("^[A-Za-z]{2}$")) {
            throw new InvalidInputException("countryCode", "A country is a two-letter ISO code such as US or GB.");
        }
        this.countryCode = newCountryCode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Where the company asks proposals to be sent (its proxy statement says so); either may be {@code null}. */
    public void addressProposalsTo(String address, String email) {
        var cleanAddress = address == null || address.isBlank() ? null : address.strip();
        if (cleanAddress != null && cleanAddress.length() > ADDRESS_MAX) {
            throw new InvalidInputException("secretaryAddress", "At most " + ADDRESS_MAX + " characters.");
        }
        var cleanEmail = email == null || email.isBlank() ? null : email.strip();
        if (cleanEmail != null && (cleanEmail.length() > 254 || !cleanEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new InvalidInputException("secretaryEmail", "Give an e-mail address such as secretary@example.com.");
        }
        this.secretaryAddress = cleanAddress;
        this.secretaryEmail = cleanEmail;
    }

    public String getSecretaryAddress() {
        return secretaryAddress;
    }

    public String getSecretaryEmail() {
        return secretaryEmail;
    }

    public String getName() {
        return name;
    }

    public Ticker getTicker() {
        return ticker;
    }

    public Cik getCik() {
        return cik;
    }

    public String getCountryCode() {
        return countryCode;
    }

    @Override
    public String auditLabel() {
        return ticker + " " + name;
    }
}
