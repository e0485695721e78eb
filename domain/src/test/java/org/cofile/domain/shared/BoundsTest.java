package org.cofile.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits of every accepted value, each tested on both sides of its boundary. */
class BoundsTest {

    @Test
    void datesFrom1900To2200AreAccepted() {
        assertThat(Bounds.parseDate("1900-01-01", "d")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Bounds.parseDate("2200-12-31", "d")).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThat(Bounds.parseDate(" 2020-02-29 ", "d")).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2201-01-01", "0001-01-01", "9999-12-31"})
    void datesOutsideTheRangeAreRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> Bounds.parseDate(text, "meetingDate"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("meetingDate");
                    assertThat(e.reason()).contains("from 1900-01-01 to 2200-12-31");
                });
    }

    @Test
    @DisplayName("2019-02-29 is refused rather than saved as 2019-02-28, and +999999999-12-31 is no date at all")
    void onlyRealCalendarDatesInTheIsoFormPass() {
        assertThatThrownBy(() -> Bounds.parseDate("2019-02-29", "d"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("real calendar date");
        for (String text : new String[] {"+999999999-12-31", "2019-2-1", "01/02/2019", "tomorrow", ""}) {
            assertThatThrownBy(() -> Bounds.parseDate(text, "d")).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aDateValueOutsideTheRangeIsRefusedWhereverItComesFrom() {
        assertThat(Bounds.date(null, "d")).isNull();
        assertThatThrownBy(() -> Bounds.date(LocalDate.MAX, "d")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void fifteenWholeDigitsAndSixDecimalsAreTheMost() {
        assertThat(Bounds.parseDecimal("999999999999999.999999", "x")).isEqualByComparingTo("999999999999999.999999");
        assertThat(Bounds.parseDecimal("1e14", "x")).isEqualByComparingTo("100000000000000");
        assertThat(Bounds.parseDecimal("21.500000000", "x")).isEqualByComparingTo("21.5");
        assertThatThrownBy(() -> Bounds.parseDecimal("1000000000000000", "x"))
                .hasMessageContaining("at most 15 digits before the decimal point");
        assertThatThrownBy(() -> Bounds.parseDecimal("0.0000001", "x"))
                .hasMessageContaining("at most 6 decimal places");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000", "1e2147483647", "1e-2147483647", "-1e1000001", "9.9e999999999"})
    @DisplayName("An exponent is no way around the limits, and is refused before any arithmetic")
    void exponentsCannotEscapeTheLimits(String text) {
        assertThatThrownBy(() -> Bounds.parseDecimal(text, "shares"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("shares"));
    }

    @Test
    void longNumberTextIsRefusedBeforeItIsParsedAndOnlyAnExcerptIsQuoted() {
        String digits = "1".repeat(1_000_000);

        assertThatThrownBy(() -> Bounds.parseDecimal(digits, "x")).hasMessageContaining("at most 40 characters");
        assertThatThrownBy(() -> Bounds.parseDecimal("x".repeat(39) + "yz", "x"))
                .hasMessageNotContaining("yz");
        assertThatThrownBy(() -> Bounds.parseDate("z".repeat(100_000), "d"))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void countsAreWholeNotNegativeAndOfAtMostFifteenDigits() {
        assertThat(Bounds.parseCount("999999999999999", "for")).isEqualTo(999_999_999_999_999L);
        assertThatThrownBy(() -> Bounds.parseCount("1000000000000000", "for")).hasMessageContaining("15 digits");
        assertThatThrownBy(() -> Bounds.count(Long.MAX_VALUE, "for")).hasMessageContaining("15 digits");
        assertThatThrownBy(() -> Bounds.parseCount("-1", "for")).hasMessageContaining("must not be negative");
        for (String text : new String[] {"1.5", "1e3", "abc", "", "99999999999999999999999"}) {
            assertThatThrownBy(() -> Bounds.parseCount(text, "for")).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void textsAndListsHaveTheirLimits() {
        assertThat(Bounds.text("a".repeat(10), 10, "t")).hasSize(10);
        assertThatThrownBy(() -> Bounds.text("a".repeat(11), 10, "t")).hasMessageContaining("at most 10 characters");
        assertThat(Bounds.entries(Collections.nCopies(Bounds.MAX_ENTRIES, 1), "l"))
                .hasSize(100);
        assertThatThrownBy(() -> Bounds.entries(Collections.nCopies(Bounds.MAX_ENTRIES + 1, 1), "l"))
                .hasMessageContaining("at most 100 entries");
    }

    @Test
    void moneyAsGivenStaysWithinTheBoundsButArithmeticOnItMayGoBeyond() {
        assertThatThrownBy(() -> Money.usd("1e16")).isInstanceOf(InvalidInputException.class);
        var price = new Money(new BigDecimal("999999999999999"), "USD");

        assertThat(price.times(new BigDecimal("1000")).amount()).isEqualByComparingTo("999999999999999000");
    }
}
