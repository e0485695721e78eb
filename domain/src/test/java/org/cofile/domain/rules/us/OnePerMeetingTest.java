package org.cofile.domain.rules.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.rules.Filing;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.OnePerMeetingConflict;
import org.cofile.domain.rules.OnePerMeetingVerdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 14a-8(c): one proposal per person per meeting. */
class OnePerMeetingTest {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate M2024 = LocalDate.of(2024, 5, 22);
    private static final LocalDate M2021 = LocalDate.of(2021, 5, 26);

    private static Filing filing(String id, String proposal, LocalDate meeting, String holder, String rep) {
        return new Filing(id, proposal, "AMZN", meeting, holder, rep);
    }

    @Test
    @DisplayName("14a-8(c): a shareholder filing two proposals for one meeting conflicts under both rule sets")
    void twoProposalsFromOneShareholderConflict() {
        for (LocalDate meeting : List.of(M2021, M2024)) {
            OnePerMeetingVerdict verdict = RULES.onePerMeeting(List.of(
                    filing("f1", "P1", meeting, "sisters", null), filing("f2", "P2", meeting, "sisters", "tri-state")));
            assertThat(verdict.compliant()).isFalse();
            OnePerMeetingConflict conflict = verdict.conflicts().get(0);
            assertThat(conflict.personId()).isEqualTo("sisters");
            assertThat(conflict.filings()).extracting(Filing::filingId).containsExactly("f1", "f2");
        }
    }

    @Test
    @DisplayName(
            "14a-8(c) (2020): a shareholder may not file one proposal and represent another shareholder on a second")
    void shareholderAndRepresentativeConflictUnderThe2020Rules() {
        OnePerMeetingVerdict verdict =
                RULES.onePerMeeting(List.of(filing("f1", "P1", M2024, "a", null), filing("f2", "P2", M2024, "b", "a")));
        assertThat(verdict.conflicts())
                .extracting(OnePerMeetingConflict::personId)
                .containsExactly("a");
        assertThat(verdict.conflicts().get(0).ruleSet().id()).isEqualTo("US-14a-8-2020");
        assertThat(verdict.explanation()).contains("only one is allowed");
    }

    @Test
    @DisplayName("14a-8(c) (1998): the same combination was allowed before the 2020 amendments")
    void shareholderAndRepresentativeAllowedUnderThe1998Rules() {
        OnePerMeetingVerdict verdict =
                RULES.onePerMeeting(List.of(filing("f1", "P1", M2021, "a", null), filing("f2", "P2", M2021, "b", "a")));
        assertThat(verdict.compliant()).isTrue();
        assertThat(verdict.ruleSets()).extracting(r -> r.id()).containsExactly("US-14a-8-1998");
    }

    @Test
    @DisplayName("14a-8(c) (2020): a representative may not carry two proposals for one meeting")
    void representativeCarryingTwoProposalsConflicts() {
        List<Filing> filings = List.of(filing("f1", "P1", M2024, "a", "r"), filing("f2", "P2", M2024, "b", "r"));
        assertThat(RULES.onePerMeeting(filings).conflicts())
                .extracting(OnePerMeetingConflict::personId)
                .containsExactly("r");
        List<Filing> old = List.of(filing("f1", "P1", M2021, "a", "r"), filing("f2", "P2", M2021, "b", "r"));
        assertThat(RULES.onePerMeeting(old).compliant()).isTrue();
    }

    @Test
    void coFilersOfOneProposalDoNotConflict() {
        assertThat(RULES.onePerMeeting(List.of(
                                filing("f1", "P1", M2024, "a", "r"),
                                filing("f2", "P1", M2024, "b", "r"),
                                filing("f3", "P1", M2024, "r", null)))
                        .compliant())
                .isTrue();
    }

    @Test
    void proposalsForDifferentMeetingsDoNotConflict() {
        OnePerMeetingVerdict verdict = RULES.onePerMeeting(
                List.of(filing("f1", "P1", M2024, "a", null), filing("f2", "P2", M2024.plusYears(1), "a", null)));
        assertThat(verdict.compliant()).isTrue();
        assertThat(verdict.explanation()).contains("2 meetings");
    }
}
