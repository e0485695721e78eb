package org.cofile.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormTracesTest {

    @Test
    void aFilledHoneypotAndAFormSentFasterThanAPersonTypesAreSuspicious() {
        assertThat(new FormTraces(true, Duration.ofSeconds(40)).suspicions()).containsExactly(HoldReason.HONEYPOT);
        assertThat(new FormTraces(false, FormTraces.MIN_FILL_TIME.minusMillis(1)).suspicions())
                .containsExactly(HoldReason.FILLED_TOO_FAST);
        assertThat(new FormTraces(false, FormTraces.MIN_FILL_TIME).suspicions()).isEmpty();
        assertThat(FormTraces.NONE.suspicions())
                .as("the API leaves no traces to judge")
                .isEmpty();
    }
}
