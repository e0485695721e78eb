package org.cofile.workflow.cofiling;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.CoFilingPolicy;
import org.cofile.domain.cofiling.HoldingLine;
import org.cofile.domain.cofiling.ImportedHolding;
import org.cofile.domain.company.Company;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.resolution.FilingDeadlines;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;

/**
 * An organization imports its holdings from its custodian's CSV export: a preview with an error per row, then, once
 * the whole file is valid, the import — the organization's holdings replaced, and each co-filing of the organization
 * still open at one of those companies given its holding — in one transaction, so that nothing is half imported.
 */
@Stateless
public class HoldingImportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private FilingDeadlines deadlines;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /** The file read and checked; with {@code confirm} it is imported if every row is valid, and refused otherwise. */
    public HoldingImport importHoldings(byte[] csv, HoldingsCsv.Mapping mapping, boolean confirm) {
        var access = caller.access();
        if (!CoFilingPolicy.mayImportHoldings(access)) {
            throw new AccessDeniedException("Only filers import their organization's holdings.");
        }
        var sheet = HoldingsCsv.read(csv, mapping);
        var companies = companiesOf(sheet);
        var coFilings = em.createNamedQuery("CoFiler.listJoinedByOrganization", CoFiler.class)
                .setParameter("organization", access.organizationId())
                .getResultList();

        // Lots of one security are one holding; the first row of a security carries it, later ones point to it.
        var holdings = new LinkedHashMap<String, HoldingLine>();
        var rowOf = new HashMap<String, Long>();
        var errorsByLine = new LinkedHashMap<Long, Map<String, String>>();
        for (var row : sheet.rows()) {
            var errors = new LinkedHashMap<>(row.errors());
            if (row.valid()) {
                var earlier = holdings.get(row.ticker());
                if (earlier == null) {
                    holdings.put(row.ticker(), row.holding());
                    rowOf.put(row.ticker(), row.line());
                } else if (earlier.sameCustodianAs(row.holding())) {
                    holdings.put(row.ticker(), earlier.plus(row.holding()));
                } else {
                    errors.put(
                            "custodian",
                            "Another custodian holds " + row.ticker() + " on line " + rowOf.get(row.ticker())
                                    + ": a proof letter comes from one record holder, so keep the lots of one custodian.");
                }
            }
            errorsByLine.put(row.line(), errors);
        }

        var fills = new HashMap<String, List<String>>();
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var lastDays = deadlines.lastDaysOf(
                coFilings.stream().map(CoFiler::getResolution).toList());
        for (var coFiler : coFilings) {
            var resolution = coFiler.getResolution();
            var ticker = resolution.getCompany().getTicker().value();
            var line = holdings.get(ticker);
            if (line == null) {
                continue;
            }
            fills.computeIfAbsent(ticker, t -> new ArrayList<>())
                    .add(resolution.getText().getTitle());
            var submission = resolution.submissionDateFor(lastDays.get(resolution.getId()), today);
            try {
                var holding =
                        new ImportedHolding(coFiler.getOrganization(), resolution.getCompany(), line, clock.instant());
                coFiler.record(
                        holding.onto(coFiler),
                        today,
                        CoFilingService.engagementWindow(resolution, submission),
                        clock.instant());
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((field, text) -> errorsByLine
                        .get(rowOf.get(ticker))
                        .put(field, resolution.getText().getTitle() + ": " + text));
            }
        }

        var rows = sheet.rows().stream()
                .map(row -> {
                    var company = row.ticker() == null ? null : companies.get(row.ticker());
                    return new HoldingImport.Row(
                            row.line(),
                            row.ticker(),
                            row.holding(),
                            Map.copyOf(errorsByLine.get(row.line())),
                            company == null ? null : company.getName(),
                            rowOf.get(row.ticker()) != null && rowOf.get(row.ticker()) == row.line()
                                    ? fills.getOrDefault(row.ticker(), List.of())
                                    : List.of());
                })
                .toList();
        boolean valid = rows.stream().allMatch(HoldingImport.Row::valid);
        if (confirm && !valid) {
            var errors = new LinkedHashMap<String, String>();
            rows.forEach(
                    row -> row.errors().forEach((field, text) -> errors.put("line " + row.line() + "." + field, text)));
            throw new InvalidInputException(errors);
        }
        replaceHoldings(access.organizationId(), holdings, companies);
        if (!confirm) {
            // The preview is the import itself, undone: every row meets exactly the checks it would meet on import.
            context.setRollbackOnly();
        }
        return new HoldingImport(sheet.headers(), sheet.mapping(), rows, valid, confirm);
    }

    /** The holding the organization last imported for the company, to fill its co-filing form. */
    public Optional<ImportedHolding> importedFor(long companyId) {
        return em.createNamedQuery("ImportedHolding.find", ImportedHolding.class)
                .setParameter("organization", caller.access().organizationId())
                .setParameter("company", companyId)
                .getResultStream()
                .findFirst();
    }

    private void replaceHoldings(
            long organizationId, Map<String, HoldingLine> holdings, Map<String, Company> companies) {
        em.createNamedQuery("ImportedHolding.deleteByOrganization")
                .setParameter("organization", organizationId)
                .executeUpdate();
        var organization = em.getReference(Organization.class, organizationId);
        holdings.forEach((ticker, line) -> {
            var company = companies.get(ticker);
            if (company != null) {
                em.persist(new ImportedHolding(organization, company, line, clock.instant()));
            }
        });
    }

    private Map<String, Company> companiesOf(HoldingsCsv.Sheet sheet) {
        var tickers = sheet.rows().stream()
                .map(HoldingsCsv.Row::ticker)
                .filter(t -> t != null)
                .distinct()
                .map(Ticker::new)
                .toList();
        var byTicker = new HashMap<String, Company>();
        if (!tickers.isEmpty()) {
            em.createNamedQuery("Company.listByTickers", Company.class)
                    .setParameter("tickers", tickers)
                    .getResultList()
                    .forEach(c -> byTicker.put(c.getTicker().value(), c));
        }
        return byTicker;
    }
}
