package org.cofile.workflow.resolution;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The difference between two texts word by word, as runs of kept, deleted and inserted text. The texts are cut into
 * words and the white space between them, so that the runs put back together give each text exactly; java-diff-utils
 * (Myers' algorithm) finds the shortest edit between the two sequences.
 */
public final class TextDiff {

    /** Between a word and white space, either way round. */
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    public enum Change {
        KEPT,
        DELETED,
        INSERTED
    }

    /** A run of text that the change left as it was, removed or added. */
    public record Run(Change change, String text) implements Serializable {}

    private TextDiff() {}

    public static List<Run> between(String from, String to) {
        var before = tokens(from);
        var after = tokens(to);
        var runs = new ArrayList<Run>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            var source = delta.getSource();
            add(runs, Change.KEPT, before.subList(position, source.getPosition()));
            add(runs, Change.DELETED, source.getLines());
            add(runs, Change.INSERTED, delta.getTarget().getLines());
            position = source.getPosition() + source.size();
        }
        add(runs, Change.KEPT, before.subList(position, before.size()));
        return runs;
    }

    private static List<String> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(WORD_BOUNDARY.split(text));
    }

    private static void add(List<Run> runs, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        var text = String.join("", tokens);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).change() == change) {
            var last = runs.remove(runs.size() - 1);
            text = last.text() + text;
        }
        runs.add(new Run(change, text));
    }
}
