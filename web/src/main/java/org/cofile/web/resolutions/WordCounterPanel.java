package org.cofile.web.resolutions;

import java.time.LocalDate;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.WordCountVerdict;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.resolution.ResolutionData;

/**
 * The live word counter of the drafting forms: the engine's count of what the member has typed so far, against the
 * limit of the jurisdiction's rules in force for the meeting, recounted as the member types.
 */
final class WordCounterPanel {

    private static final FilingRules RULES = new FilingRules();

    private WordCounterPanel() {}

    /** The count in the member's language: within the limit, over it by how much, or no limit at all. */
    static String text(org.cofile.web.shell.Messages messages, WordCountVerdict verdict) {
        if (verdict == null) {
            return "";
        }
        if (verdict.limit() == null) {
            return messages.text("wordCount.noLimit", verdict.count());
        }
        return verdict.withinLimit()
                ? messages.text("wordCount.within", verdict.count(), verdict.limit())
                : messages.text("wordCount.over", verdict.count(), verdict.wordsOver(), verdict.limit());
    }

    /** The count of the typed text, or null while there is nothing to count or no jurisdiction to count under. */
    static WordCountVerdict count(ResolutionData data, ResolutionKind kind, LocalDate meetingDate) {
        if (data.getJurisdiction() == null || meetingDate == null) {
            return null;
        }
        var clause = kind == ResolutionKind.BOARD_REVIEW ? data.composedClause() : data.getResolvedClause();
        var statement = data.getSupportingStatement();
        var text = (clause == null ? "" : clause) + "\n\n" + (statement == null ? "" : statement);
        try {
            return RULES.wordCount(Jurisdiction.parse(data.getJurisdiction()), meetingDate, TextKind.PROPOSAL, text);
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
