package org.cofile.web.rest.rules;

import java.time.LocalDate;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.TextKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many words does this text have against its limit? */
@Schema(name = "WordCountRequest")
public record WordCountRequest(
        @Schema(required = true, examples = "US") String jurisdiction,

        @Schema(
                enumeration = {"PROPOSAL", "STATEMENT", "AGM_MATTER"},
                description = "Default PROPOSAL.")
        String kind,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                description = "The meeting, to use the rule set in force then; default the latest rule set.")
        String meetingDate,

        @Schema(required = true, description = "The proposal with its supporting statement.")
        String text) {

    /** The parsed request. */
    record Parsed(Jurisdiction jurisdiction, TextKind kind, LocalDate meetingDate, String text) {}

    Parsed parse() {
        var in = new RequestFields();
        Jurisdiction j = in.jurisdiction("jurisdiction", jurisdiction);
        TextKind textKind = in.choice("kind", kind, TextKind.class, TextKind.PROPOSAL);
        LocalDate meeting = in.optionalDate("meetingDate", meetingDate);
        String body = in.requiredText("text", text);
        in.verify();
        return new Parsed(j, textKind, meeting, body);
    }
}
