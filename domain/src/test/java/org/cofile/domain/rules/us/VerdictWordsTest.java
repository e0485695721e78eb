package org.cofile.domain.rules.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.Representative;
import org.cofile.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eligibility verdicts of Rule 14a-8 (2020) as message keys: in English they read exactly as the engine's own
 * sentence, and every key has its Spanish words.
 */
class VerdictWordsTest {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate MEETING = LocalDate.of(2027, 5, 19);
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 12, 1);

    static Stream<EligibilityQuery> queries() {
        var incomplete = new Documents(false, false, false, new Representative("Jane Doe", false));
        return Stream.of(
                query(
                        Holding.ofValue("a", new BigDecimal("100"), SUBMITTED.minusYears(4), Money.usd("5000")),
                        Documents.complete()),
                query(
                        Holding.ofValue("a", new BigDecimal("100"), SUBMITTED.minusYears(4), Money.usd("5000")),
                        incomplete),
                query(
                        Holding.ofValue("a", new BigDecimal("10"), SUBMITTED.minusMonths(6), Money.usd("500")),
                        Documents.complete()),
                query(
                        new Holding("a", new BigDecimal("10"), SUBMITTED.minusYears(2), null, null, null),
                        Documents.complete()));
    }

    private static EligibilityQuery query(Holding holding, Documents documents) {
        return EligibilityQuery.of(Jurisdiction.US, MEETING, SUBMITTED, List.of(holding), documents);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void inEnglishTheWordedVerdictReadsAsTheEnginesSentence(EligibilityQuery query) {
        var verdict = RULES.eligibility(query);
        assertThat(verdict.explanationMessage().key()).isNotEqualTo("text");
        assertThat(verdict.explanationMessage().format(Locale.ENGLISH)).isEqualTo(verdict.explanation());
        verdict.missing().forEach(item -> assertThat(item.message().format(Locale.ENGLISH))
                .isEqualTo(item.text()));
    }

    @Test
    void everyKeyHasSpanishWords() throws IOException {
        assertThat(keys("verdicts_es.properties")).containsExactlyInAnyOrderElementsOf(keys("verdicts.properties"));
    }

    private static Set<Object> keys(String file) throws IOException {
        var properties = new Properties();
        try (var in = VerdictWordsTest.class.getResourceAsStream("/org/cofile/domain/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
