package org.cofile.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word-counting rule of {@link WordCounter} and the limits: 14a-8(d), UK s314(1), Canada (verify). */
class WordCountTest {

    private static final FilingRules RULES = new FilingRules();

    private static String words(int n) {
        return "word ".repeat(n);
    }

    @ParameterizedTest(name = "''{0}'' has {1} words")
    @CsvSource(
            delimiter = '|',
            value = {
                "The board shall act.|4",
                "well-being|1",
                "$2,000 and 5.5%|3",
                "see https://example.org/a-b?x=1 now|3",
                "U.S. companies|2",
                "A & B|2",
                "before — after|2",
                "policy—and|1",
                "...|0",
                "— & - …|0",
                "(1)|1"
            })
    void countsTokensWithALetterOrDigit(String text, int expected) {
        assertThat(WordCounter.count(text)).isEqualTo(expected);
    }

    @Test
    void anyWhiteSpaceSeparatesWords() {
        assertThat(WordCounter.count("one\ttwo\nthree\r\nfour\u00A0five\u2003six  "))
                .isEqualTo(6);
        assertThat(WordCounter.count("")).isZero();
        assertThat(WordCounter.count(" \n\t ")).isZero();
    }

    @Test
    @DisplayName("14a-8(d): 500 words are within the limit, 501 are one over")
    void usLimitIsFiveHundred() {
        WordCountVerdict within = RULES.wordCount(Jurisdiction.US, TextKind.PROPOSAL, words(500));
        WordCountVerdict over = RULES.wordCount(Jurisdiction.US, TextKind.PROPOSAL, words(501));
        assertThat(within.count()).isEqualTo(500);
        assertThat(within.limit()).isEqualTo(500);
        assertThat(within.withinLimit()).isTrue();
        assertThat(within.wordsOver()).isZero();
        assertThat(over.withinLimit()).isFalse();
        assertThat(over.wordsOver()).isEqualTo(1);
        assertThat(over.citation()).contains("(d)");
        assertThat(over.explanation()).isEqualTo("501 words, 1 over the limit of 500.");
    }

    @Test
    @DisplayName("14a-8(d): the 500-word limit is the same under the 1998 rule set")
    void usLimitUnderTheOldRules() {
        WordCountVerdict verdict =
                RULES.wordCount(Jurisdiction.US, LocalDate.of(2021, 5, 1), TextKind.PROPOSAL, words(501));
        assertThat(verdict.ruleSet().id()).isEqualTo("US-14a-8-1998");
        assertThat(verdict.wordsOver()).isEqualTo(1);
    }

    @Test
    @DisplayName("Companies Act 2006 s314(1): a statement of 1,000 words is within, 1,001 is over")
    void ukStatementLimitIsOneThousand() {
        assertThat(RULES.wordCount(Jurisdiction.UK, TextKind.STATEMENT, words(1000))
                        .withinLimit())
                .isTrue();
        WordCountVerdict over = RULES.wordCount(Jurisdiction.UK, TextKind.STATEMENT, words(1001));
        assertThat(over.withinLimit()).isFalse();
        assertThat(over.wordsOver()).isEqualTo(1);
        assertThat(over.citation()).contains("s314(1)");
    }

    @Test
    @DisplayName("SOR/2001-512 s.48 (verify): 500 words in Canada")
    void canadaLimitIsFiveHundred() {
        assertThat(RULES.wordCount(Jurisdiction.CA, TextKind.PROPOSAL, words(500))
                        .withinLimit())
                .isTrue();
        assertThat(RULES.wordCount(Jurisdiction.CA, TextKind.PROPOSAL, words(501))
                        .wordsOver())
                .isEqualTo(1);
    }

    @Test
    void noLimitIsReportedAsSuch() {
        WordCountVerdict verdict = RULES.wordCount(Jurisdiction.UK, TextKind.PROPOSAL, words(5000));
        assertThat(verdict.limit()).isNull();
        assertThat(verdict.withinLimit()).isTrue();
        assertThat(verdict.wordsOver()).isZero();
        assertThat(verdict.explanation()).contains("no word limit");
        assertThat(RULES.wordCount(Jurisdiction.parse("EU-DE"), TextKind.PROPOSAL, "a b")
                        .limit())
                .isNull();
    }
}
