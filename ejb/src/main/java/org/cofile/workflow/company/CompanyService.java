package org.cofile.workflow.company;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cofile.domain.company.Cik;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Role;
import org.cofile.domain.shared.ConflictException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.Listing;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.Page;
import org.cofile.workflow.shared.PageRequest;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * Companies are shared by the whole coalition: every member reads them, filers and admins record and correct them.
 * A ticker and a CIK each name one company.
 */
@Stateless
public class CompanyService {

    private static final Listing<Company> LISTING = new Listing<>(
            Company.class,
            "name",
            Set.of("name", "ticker", "cik", "countryCode"),
            Set.of("name", "ticker", "cik", "countryCode"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Page<Company> list(@NotNull PageRequest request) {
        caller.getMember();
        return LISTING.page(em, request);
    }

    public Optional<Company> find(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    public Company get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Company", id));
    }

    public Optional<Company> findByTicker(String ticker) {
        return em.createNamedQuery("Company.findByTicker", Company.class)
                .setParameter("ticker", Ticker.parse(ticker))
                .getResultStream()
                .findFirst();
    }

    public Company create(@NotNull @Valid CompanyData data) {
        caller.require(Role.FILER);
        var ticker = data.parsedTicker();
        var cik = data.parsedCik();
        requireUnique(ticker, cik, null);
        var company = new Company(data.getName(), ticker, cik, data.getCountryCode());
        em.persist(company);
        flushGuardingUniqueKeys();
        return company;
    }

    public Company update(long id, @NotNull @Valid CompanyData data) {
        caller.require(Role.FILER);
        var company = get(id);
        if (data.getVersion() != null && data.getVersion() != company.getVersion()) {
            throw new ConflictException(null, "Someone changed " + company.getName() + " meanwhile; reload it.");
        }
        var ticker = data.parsedTicker();
        var cik = data.parsedCik();
        requireUnique(ticker, cik, company);
        company.rename(data.getName());
        company.changeTicker(ticker);
        company.changeCik(cik);
        company.moveTo(data.getCountryCode());
        flushGuardingUniqueKeys();
        return company;
    }

    public List<AnnualMeeting> meetingsOf(long companyId) {
        return em.createNamedQuery("AnnualMeeting.listByCompany", AnnualMeeting.class)
                .setParameter("company", get(companyId))
                .getResultList();
    }

    public AnnualMeeting scheduleMeeting(
            long companyId, @NotNull LocalDate meetingDate, LocalDate proxyReleaseDate, LocalDate announcedDeadline) {
        caller.require(Role.FILER);
        var company = get(companyId);
        boolean taken =
                meetingsOf(companyId).stream().anyMatch(m -> m.getMeetingDate().equals(meetingDate));
        if (taken) {
            throw new ConflictException(
                    "meetingDate", company.getName() + " already has a meeting on " + meetingDate + ".");
        }
        var meeting = new AnnualMeeting(company, meetingDate);
        meeting.recordProxyRelease(proxyReleaseDate);
        meeting.announceProposalDeadline(announcedDeadline);
        em.persist(meeting);
        UniqueKeys.flush(
                em, "meetingDate", "Someone scheduled a meeting of " + company.getName() + " on " + meetingDate + ".");
        return meeting;
    }

    private void flushGuardingUniqueKeys() {
        UniqueKeys.flush(em, "ticker", "Someone recorded this ticker or CIK a moment ago; reload the list.");
    }

    private void requireUnique(Ticker ticker, Cik cik, Company self) {
        em.createNamedQuery("Company.findByTicker", Company.class)
                .setParameter("ticker", ticker)
                .getResultStream()
                .filter(other -> !other.equals(self))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("ticker", "The ticker " + ticker + " is " + other.getName() + "'s.");
                });
        if (cik != null) {
            em.createNamedQuery("Company.findByCik", Company.class)
                    .setParameter("cik", cik)
                    .getResultStream()
                    .filter(other -> !other.equals(self))
                    .findFirst()
                    .ifPresent(other -> {
                        throw new ConflictException("cik", "The CIK " + cik + " is " + other.getName() + "'s.");
                    });
        }
    }
}
