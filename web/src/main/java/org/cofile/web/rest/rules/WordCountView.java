package org.cofile.web.rest.rules;

import jakarta.json.bind.annotation.JsonbNillable;
import org.cofile.domain.rules.WordCountVerdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A word count against the limit, as the API shows it. */
@JsonbNillable
@Schema(name = "WordCountVerdict")
public record WordCountView(
        int words,

        @Schema(description = "The word limit, or null when the rule set sets none.")
        Integer limit,

        boolean withinLimit,

        @Schema(description = "Words over the limit; 0 when within it.")
        int over,

        String kind,
        String explanation,
        String citation,
        String ruleSet,
        String ruleSetName) {

    static WordCountView of(WordCountVerdict v) {
        return new WordCountView(
                v.count(),
                v.limit(),
                v.withinLimit(),
                v.wordsOver(),
                v.textKind().name(),
                v.explanation(),
                v.citation(),
                v.ruleSet().id(),
                v.ruleSet().name());
    }
}
