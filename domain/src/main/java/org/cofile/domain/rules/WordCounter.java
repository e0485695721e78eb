package org.cofile.domain.rules;

import org.cofile.domain.shared.Checks;

/**
 * Counts words as a reader would. The text is split into tokens at white space (any Unicode white space, including
 * no-break spaces). A token is a word when it contains at least one letter or digit; so a hyphenated compound
 * ({@code well-being}), a number ({@code $2,000}, {@code 5.5%}), a URL ({@code https://example.org/a-b}) and an
 * abbreviation ({@code U.S.}) each count as one word, and a punctuation-only token ({@code —}, {@code &}, {@code -},
 * {@code ...}) counts as none. Words joined by a dash without spaces ({@code policy—and}) are one token, hence one word.
 */
public final class WordCounter {

    private WordCounter() {}

    public static int count(String text) {
        Checks.notNull(text, "text");
        int words = 0;
        boolean inToken = false;
        boolean tokenHasLetterOrDigit = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                if (inToken && tokenHasLetterOrDigit) {
                    words++;
                }
                inToken = false;
                tokenHasLetterOrDigit = false;
            } else {
                inToken = true;
                tokenHasLetterOrDigit |= Character.isLetterOrDigit(cp);
            }
        }
        return inToken && tokenHasLetterOrDigit ? words + 1 : words;
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
