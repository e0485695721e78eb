package org.cofile.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    @Test
    void parsesKnownCodesIgnoringCaseAndBlanks() {
        assertThat(Jurisdiction.parse("us")).isEqualTo(Jurisdiction.US);
        assertThat(Jurisdiction.parse(" UK ")).isEqualTo(Jurisdiction.UK);
        assertThat(Jurisdiction.parse("AU")).isEqualTo(Jurisdiction.AU);
        assertThat(Jurisdiction.parse("CA")).isEqualTo(Jurisdiction.CA);
        assertThat(Jurisdiction.parse("eu-de")).isEqualTo(Jurisdiction.euMemberState("DE"));
        assertThat(Jurisdiction.parse("EU-IT").isEuMemberState()).isTrue();
    }

    @Test
    void unknownCodeNamesTheValueAndTheKnownOnes() {
        assertThatThrownBy(() -> Jurisdiction.parse("EU-XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("jurisdiction 'EU-XX' is not a known jurisdiction")
                .hasMessageContaining("US, UK, AU, CA, EU-DE, EU-FR, EU-NL, EU-IT")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("jurisdiction");
    }

    @Test
    void nullIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Jurisdiction.parse(null)).hasMessage("jurisdiction must not be null");
    }

    @Test
    void eachJurisdictionStatesItsThresholdsInItsOwnCurrency() {
        // 14a-8(b) in dollars, CA 2006 s338 in pounds, SOR/2001-512 s.46 in Canadian dollars, the EU in euros.
        assertThat(Jurisdiction.US.currency()).isEqualTo("USD");
        assertThat(Jurisdiction.UK.currency()).isEqualTo("GBP");
        assertThat(Jurisdiction.CA.currency()).isEqualTo("CAD");
        assertThat(Jurisdiction.AU.currency()).isEqualTo("AUD");
        assertThat(Jurisdiction.euMemberState("DE").currency()).isEqualTo("EUR");
    }
}
