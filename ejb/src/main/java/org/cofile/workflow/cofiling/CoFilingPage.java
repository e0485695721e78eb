package org.cofile.workflow.cofiling;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.cofiling.FilingDocument;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.ClockVerdict;

/**
 * Everything the co-filing page of a resolution shows, read in one use case.
 *
 * @param deadline the filing deadline, {@code null} when the engine cannot tell it
 * @param submissionDate the day holdings and the engagement window are checked against
 * @param engagementWindow when proponents must offer to meet the company
 * @param invitable organizations of the coalition the caller may invite (empty unless it manages the filing)
 * @param mayManage whether the caller manages the filing: plans, drops, files, downloads the package, records receipt
 * @param mayFile whether it may file now: it manages the filing and the resolution is approved, not yet filed
 * @param receipts the company's acknowledgements of receipt, once filed
 */
public record CoFilingPage(
        Resolution resolution,
        LocalDate deadline,
        LocalDate submissionDate,
        ClockVerdict engagementWindow,
        List<CoFilerDetails> coFilers,
        List<Organization> invitable,
        boolean mayManage,
        boolean mayFile,
        boolean mayAskToJoin,
        boolean open,
        List<FilingDocument> receipts)
        implements Serializable {

    /** Whether every proponent left in is verified, so that the lead filer may file. */
    public boolean readyToFile() {
        return coFilers.stream()
                .filter(c -> c.coFiler().getStatus().isProponent())
                .allMatch(c -> c.readiness() != null && c.readiness().verified());
    }
}
