package org.cofile.web.rest.rules;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One lot of shares in an eligibility request. Scalars arrive as text (a JSON number or string both bind) and are
 * parsed by {@link RequestFields}, so that a bad value is answered with its field named, index included.
 */
@Schema(name = "Holding", description = "One lot of voting shares held continuously since a date.")
public record HoldingRequest(
        @Schema(description = "Who holds the lot; lots of different holders ask for aggregation. Default: proponent.")
        String holder,

        @Schema(
                type = SchemaType.NUMBER,
                required = true,
                description = "Number of voting shares, not negative.",
                examples = "100")
        String shares,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                required = true,
                description = "First day of continuous holding.",
                examples = "2021-03-01")
        String heldSince,

        @Schema(
                type = SchemaType.STRING,
                description = "Highest selling price per share in the valuation window (US: 60 days before"
                        + " submission), as a decimal string.",
                examples = "21.50")
        String highestPrice,

        @Schema(type = SchemaType.STRING, description = "Market value of the lot, instead of shares × highestPrice.")
        String value,

        @Schema(type = SchemaType.STRING, description = "Sum paid up on the holder's shares (UK s338 member limb).")
        String paidUp) {}
