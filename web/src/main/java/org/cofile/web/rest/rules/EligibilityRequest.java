package org.cofile.web.rest.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.Representative;
import org.cofile.domain.shared.Bounds;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** May this proponent file for this meeting? Scalars arrive as text; see {@link HoldingRequest}. */
@Schema(name = "EligibilityRequest")
public record EligibilityRequest(
        @Schema(required = true, description = "US, UK, CA, AU or an EU member state as EU-DE.", examples = "US")
        String jurisdiction,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                required = true,
                description = "Chooses the rule set in force.",
                examples = "2025-05-20")
        String meetingDate,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                required = true,
                description = "Holding periods run through this day.",
                examples = "2024-11-15")
        String submissionDate,

        @Schema(
                type = SchemaType.BOOLEAN,
                required = true,
                description = "The written statement of intent to hold through the meeting is given.")
        String intendsToHold,

        @Schema(
                type = SchemaType.BOOLEAN,
                required = true,
                description = "Proof of ownership is on file (or none is needed).")
        String proofOfOwnership,

        @Schema(
                type = SchemaType.BOOLEAN,
                description = "The statement of availability to meet the company (US 2020 rules). Default false.")
        String engagementAvailability,

        @Schema(description = "Who files on the shareholder's behalf, if anyone.")
        String representative,

        @Schema(
                type = SchemaType.BOOLEAN,
                description = "The representative's written authorization is on file. Default false.")
        String representativeAuthorized,

        @Schema(description = "ISO 4217 code of the amounts; default the jurisdiction's currency.", examples = "USD")
        String currency,

        @Schema(type = SchemaType.NUMBER, description = "Total voting shares, for percentage thresholds.")
        String votingSharesOutstanding,

        @Schema(type = SchemaType.STRING, description = "Nominal value per share, for thresholds in share capital.")
        String nominalValuePerShare,

        @Schema(required = true, description = "The lots held; at least one.")
        List<HoldingRequest> holdings) {

    private static final String DEFAULT_HOLDER = "proponent";

    /** The domain query, or an {@link org.cofile.domain.shared.InvalidInputException} naming every bad field. */
    EligibilityQuery toQuery() {
        var in = new RequestFields();
        Jurisdiction j = in.jurisdiction("jurisdiction", jurisdiction);
        LocalDate meeting = in.requiredDate("meetingDate", meetingDate);
        LocalDate submitted = in.requiredDate("submissionDate", submissionDate);
        Boolean intent = in.requiredFlag("intendsToHold", intendsToHold);
        Boolean proof = in.requiredFlag("proofOfOwnership", proofOfOwnership);
        Boolean engagement = in.optionalFlag("engagementAvailability", engagementAvailability, false);
        Boolean authorized = in.optionalFlag("representativeAuthorized", representativeAuthorized, false);
        String money = in.currency("currency", currency, j);
        BigDecimal outstanding = in.optionalAmount("votingSharesOutstanding", votingSharesOutstanding);
        BigDecimal nominal = in.optionalAmount("nominalValuePerShare", nominalValuePerShare);
        List<Holding> lots = new ArrayList<>();
        List<HoldingRequest> given = in.requiredList("holdings", holdings);
        for (int i = 0; i < given.size(); i++) {
            HoldingRequest h = given.get(i);
            if (h == null) {
                continue;
            }
            String at = "holdings[" + i + "].";
            BigDecimal shares = in.requiredAmount(at + "shares", h.shares());
            LocalDate since = in.requiredDate(at + "heldSince", h.heldSince());
            BigDecimal price = in.optionalAmount(at + "highestPrice", h.highestPrice());
            BigDecimal value = in.optionalAmount(at + "value", h.value());
            BigDecimal paidUp = in.optionalAmount(at + "paidUp", h.paidUp());
            String named = in.optionalText(at + "holder", h.holder(), Bounds.MAX_NAME);
            String holder = named == null || named.isBlank() ? DEFAULT_HOLDER : named.strip();
            if (shares != null && since != null && money != null) {
                lots.add(new Holding(
                        holder,
                        shares,
                        since,
                        RequestFields.money(price, money),
                        RequestFields.money(value, money),
                        RequestFields.money(paidUp, money)));
            }
        }
        String agent = in.optionalText("representative", representative, Bounds.MAX_NAME);
        in.verify();
        var rep = agent == null || agent.isBlank() ? null : new Representative(agent.strip(), authorized);
        return RequestFields.translated(() -> new EligibilityQuery(
                j,
                meeting,
                submitted,
                lots,
                outstanding,
                RequestFields.money(nominal, money),
                new Documents(intent, proof, engagement, rep)));
    }
}
