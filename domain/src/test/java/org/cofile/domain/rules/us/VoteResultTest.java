package org.cofile.domain.rules.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.rules.VoteResult;
import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 14a-8(i)(12) support: for ÷ (for + against); the company's figure counts abstentions as against. */
class VoteResultTest {

    private static final FilingRules RULES = new FilingRules();

    @Test
    @DisplayName("SLB 14: the SEC formula ignores abstentions; the company formula counts them as against")
    void bothFormulasLabelled() {
        VoteResult result = RULES.voteResult(VoteCounts.of(60, 40, 100, 500));
        assertThat(result.sec().percent()).isEqualByComparingTo("60.00");
        assertThat(result.sec().percent().scale()).isEqualTo(2);
        assertThat(result.sec().formula()).isEqualTo("for / (for + against)");
        assertThat(result.company().percent()).isEqualByComparingTo("30.00");
        assertThat(result.company().label()).contains("abstentions counted as against");
        assertThat(result.explanation()).contains("500 broker non-votes");
    }

    @Test
    @DisplayName("Broker non-votes change neither figure")
    void brokerNonVotesAreExcludedFromBoth() {
        VoteResult none = RULES.voteResult(VoteCounts.of(60, 40, 100, 0));
        VoteResult many = RULES.voteResult(VoteCounts.of(60, 40, 100, 1_000_000));
        assertThat(many.sec().percent()).isEqualTo(none.sec().percent());
        assertThat(many.company().percent()).isEqualTo(none.company().percent());
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        // 1 / 800 = 0.125%: HALF_UP gives 0.13 where HALF_EVEN would give 0.12.
        assertThat(RULES.voteResult(VoteCounts.of(1, 799, 0, 0)).sec().percent())
                .isEqualTo(new BigDecimal("0.13"));
        assertThat(RULES.voteResult(VoteCounts.of(2, 1, 0, 0)).sec().percent()).isEqualTo(new BigDecimal("66.67"));
        assertThat(RULES.voteResult(VoteCounts.of(1, 2, 0, 0)).sec().percent()).isEqualTo(new BigDecimal("33.33"));
    }

    @Test
    @DisplayName("No votes cast gives an undefined support with a message, not a division by zero")
    void zeroVotesAreExplained() {
        VoteResult result = RULES.voteResult(VoteCounts.of(0, 0, 0, 10));
        assertThat(result.sec().isDefined()).isFalse();
        assertThat(result.sec().percent()).isNull();
        assertThat(result.sec().explanation()).contains("no votes were cast for or against");
        assertThat(result.company().isDefined()).isFalse();
    }

    @Test
    void onlyAbstentionsLeaveTheSecFigureUndefinedAndTheCompanyFigureZero() {
        VoteResult result = RULES.voteResult(VoteCounts.of(0, 0, 5, 0));
        assertThat(result.sec().isDefined()).isFalse();
        assertThat(result.company().percent()).isEqualByComparingTo("0");
    }

    @Test
    void negativeCountsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> VoteCounts.of(1, -1, 0, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("against ");
    }
}
