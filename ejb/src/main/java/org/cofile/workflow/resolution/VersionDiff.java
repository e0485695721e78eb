package org.cofile.workflow.resolution;

import java.io.Serializable;
import java.util.List;
import org.cofile.domain.resolution.ResolutionVersion;
import org.cofile.workflow.resolution.TextDiff.Run;

/** What changed between two versions of a resolution, word by word in each part of its text. */
public record VersionDiff(
        int from,
        int to,
        List<Run> title,
        List<Run> resolvedClause,
        List<Run> supportingStatement,
        int wordsFrom,
        int wordsTo)
        implements Serializable {

    static VersionDiff between(ResolutionVersion older, ResolutionVersion newer) {
        var a = older.getText();
        var b = newer.getText();
        return new VersionDiff(
                older.getNumber(),
                newer.getNumber(),
                TextDiff.between(a.getTitle(), b.getTitle()),
                TextDiff.between(a.getResolvedClause(), b.getResolvedClause()),
                TextDiff.between(a.getSupportingStatement(), b.getSupportingStatement()),
                older.getWords(),
                newer.getWords());
    }
}
