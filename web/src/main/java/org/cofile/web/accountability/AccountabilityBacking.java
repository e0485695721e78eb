package org.cofile.web.accountability;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cofile.domain.answers.CommitmentStatus;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.answers.Accountability;
import org.cofile.workflow.answers.Accountability.CompanyRecord;
import org.cofile.workflow.answers.Accountability.YearRecord;
import org.cofile.workflow.answers.AccountabilityService;
import org.omnifaces.util.Faces;

/**
 * The accountability page ({@code accountability.xhtml}): for each company, a support chart of its subjects over the
 * years with the resubmission thresholds, and per subject what was asked, voted, answered, promised and kept. A
 * {@code companyId} narrows it to one company; one that is no number shows none rather than all.
 */
@Named
@RequestScoped
public class AccountabilityBacking {

    @Inject
    private AccountabilityService accountability;

    @Inject
    private Messages messages;

    private Accountability overview;
    private Map<Long, String> charts;

    public void load() {
        var company = Faces.getRequestParameter("companyId");
        if (company == null || company.isBlank()) {
            overview = accountability.overview(null);
        } else {
            overview = company.strip().matches("\\d{1,15}")
                    ? accountability.overview(Long.parseLong(company.strip()))
                    : new Accountability(List.of());
        }
        var thresholds = List.of(
                messages.text("accountability.chart.thresholdOnce"),
                messages.text("accountability.chart.thresholdTwice"),
                messages.text("accountability.chart.thresholdThrice"));
        var axis = messages.text("accountability.chart.axis");
        charts = new LinkedHashMap<>();
        for (var record : overview.companies()) {
            charts.put(record.company().getId(), SupportChart.of(record, thresholds, axis));
        }
    }

    public List<CompanyRecord> getCompanies() {
        return overview.companies();
    }

    public String chart(CompanyRecord company) {
        return charts.get(company.company().getId());
    }

    /** The thresholds in force at that year's meeting, as "5% · 15% · 25%". */
    public String thresholds(YearRecord year) {
        return year.thresholds().stream()
                .map(p -> p.value().stripTrailingZeros().toPlainString() + "%")
                .collect(Collectors.joining(" · "));
    }

    /** "1 of 3 kept", counting the commitments met in full. */
    public String kept(YearRecord year) {
        return messages.text(
                "accountability.kept", year.kept(), year.commitments().size());
    }

    public boolean isMissed(CommitmentStatus status) {
        return status == CommitmentStatus.MISSED;
    }
}
