package org.cofile.web.rest.rules;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An earlier vote on substantially the same subject; scalars arrive as text, see {@link VoteResultRequest}. */
@Schema(name = "PriorVote")
public record PriorVoteRequest(
        @Schema(type = SchemaType.STRING, format = "date", required = true, examples = "2024-05-20")
        String meetingDate,

        @JsonbProperty("for") @Schema(name = "for", type = SchemaType.INTEGER, required = true, examples = "400")
        String votesFor,

        @Schema(type = SchemaType.INTEGER, required = true, examples = "9600")
        String against,

        @Schema(type = SchemaType.INTEGER, required = true, examples = "100")
        String abstain,

        @Schema(type = SchemaType.INTEGER, required = true, examples = "50")
        String brokerNonVotes) {}
