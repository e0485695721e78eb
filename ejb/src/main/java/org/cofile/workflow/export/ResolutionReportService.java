package org.cofile.workflow.export;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.cofile.domain.answers.CommitmentStatus;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.FilingRules;
import org.cofile.workflow.answers.AnswersOfResolutions;
import org.cofile.workflow.resolution.ResolutionFilter;
import org.cofile.workflow.resolution.ResolutionService;

/**
 * The resolutions list with states and results, for export: the rows the caller may see, in four queries however
 * many there are, and each format's bytes.
 */
@Stateless
public class ResolutionReportService {

    private static final FilingRules RULES = new FilingRules();

    /** An export is a report, not a backup: beyond this the caller narrows the list. */
    public static final int ROWS_MAX = 5_000;

    @Inject
    private ResolutionService resolutions;

    @Inject
    private AnswersOfResolutions answers;

    public List<ResolutionReportRow> rows(ResolutionFilter filter) {
        var listed = resolutions.listAll(filter, ROWS_MAX);
        if (listed.isEmpty()) {
            return List.of();
        }
        var ids = listed.stream().map(Resolution::getId).toList();
        var outcomes = answers.outcomes(ids);
        var requests = answers.noActionRequests(ids);
        var commitments = answers.commitments(ids);
        return listed.stream()
                .map(r -> {
                    var outcome = outcomes.get(r.getId());
                    var support =
                            outcome == null ? null : outcome.support(RULES).orElse(null);
                    var ofResolution = requests.getOrDefault(r.getId(), List.of());
                    var request = ofResolution.isEmpty() ? null : ofResolution.get(ofResolution.size() - 1);
                    var promised = commitments.getOrDefault(r.getId(), List.of());
                    return new ResolutionReportRow(
                            r.getId(),
                            r.getText().getTitle(),
                            r.getKind(),
                            r.getState(),
                            r.getCoalition().getName(),
                            r.getCompany().getName(),
                            r.getMeeting().getMeetingDate(),
                            r.getLeadFiler().getName(),
                            r.getSubmittedOn(),
                            support == null ? null : support.percent(),
                            support != null && support.reported(),
                            request == null ? null : request.getOutcome(),
                            promised.stream()
                                    .filter(c -> c.getStatus() == CommitmentStatus.MET)
                                    .count(),
                            promised.size());
                })
                .toList();
    }

    public byte[] csv(ResolutionFilter filter) {
        var out = new ByteArrayOutputStream();
        ResolutionReport.csv(rows(filter), out);
        return out.toByteArray();
    }

    public byte[] xlsx(ResolutionFilter filter) {
        var out = new ByteArrayOutputStream();
        ResolutionReport.xlsx(rows(filter), out);
        return out.toByteArray();
    }

    public byte[] pdf(ResolutionFilter filter) {
        var out = new ByteArrayOutputStream();
        ResolutionReport.pdf(rows(filter), out);
        return out.toByteArray();
    }
}
