package org.cofile.web.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cofile.domain.cofiling.FilingDocument;
import org.cofile.workflow.cofiling.CoFilerDetails;

/**
 * A co-filer. {@code holding}, {@code eligibility} and {@code documents} are given only to those who may see the
 * organization's record (the organization, the lead filer, the coalition's admins); others get who and how far.
 * Shares and money are decimal strings, dates ISO.
 */
public record CoFilerView(
        Long organizationId,
        String organization,
        String role,
        String status,
        String reason,
        HoldingView holding,
        EligibilityView eligibility,
        List<DocumentView> documents) {

    public record Slot(LocalDate date, String from, String to) {}

    public record Representative(Long organizationId, String name) {}

    public record HoldingView(
            String shares,
            LocalDate heldSince,
            String highestPrice,
            String value,
            String custodian,
            String dtcParticipant,
            LocalDate proofCoversThrough,
            boolean intendsToHold,
            List<Slot> availability,
            String contact,
            Representative representative,
            boolean proofOnFile,
            boolean authorizationOnFile) {}

    public record Missing(String code, String text) {}

    public record EligibilityView(
            boolean eligible, String status, String tier, String explanation, String citation, List<Missing> missing) {}

    public record DocumentView(
            Long id, String kind, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {

        static DocumentView of(FilingDocument d) {
            return new DocumentView(
                    d.getId(),
                    d.getKind().name(),
                    d.getFileName(),
                    d.getContentType(),
                    d.getSize(),
                    d.getSha256(),
                    d.getUploadedAt());
        }
    }

    static CoFilerView of(CoFilerDetails details) {
        var c = details.coFiler();
        HoldingView holding = null;
        EligibilityView eligibility = null;
        if (details.recordVisible()) {
            var rep = c.getRepresentative();
            holding = new HoldingView(
                    plain(c.getShares()),
                    c.getHeldSince(),
                    plain(c.getHighestPrice()),
                    plain(c.getValue()),
                    c.getCustodian(),
                    c.getDtcParticipant(),
                    c.getProofCoversThrough(),
                    c.isIntendsToHold(),
                    c.getAvailability().stream()
                            .map(a -> new Slot(
                                    a.getDate(),
                                    a.getFrom().toString(),
                                    a.getTo().toString()))
                            .toList(),
                    c.getContact(),
                    rep == null ? null : new Representative(rep.organizationId(), rep.name()),
                    c.isProofOnFile(),
                    c.isAuthorizationOnFile());
            var readiness = details.readiness();
            var verdict = readiness.eligibility();
            eligibility = new EligibilityView(
                    readiness.verified(),
                    readiness.status().name(),
                    verdict == null ? null : verdict.thresholdMet(),
                    readiness.explanationIn(Locale.ENGLISH),
                    verdict == null ? null : verdict.citation(),
                    readiness.missing().stream()
                            .map(m -> new Missing(m.code().name(), m.message().format(Locale.ENGLISH)))
                            .toList());
        }
        return new CoFilerView(
                c.getOrganization().getId(),
                c.getOrganization().getName(),
                c.getRole().name(),
                c.getStatus().name(),
                c.getReason(),
                holding,
                eligibility,
                details.documents().stream().map(DocumentView::of).toList());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
