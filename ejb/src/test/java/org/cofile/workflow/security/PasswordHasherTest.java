package org.cofile.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theRightPasswordMatchesItsHash() {
        var hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        var hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @Test
    void theHashRecordsAlgorithmAndIterationsAndNeverThePassword() {
        var hash = hasher.hash("visible?");

        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("visible?");
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertThat(hasher.matches("anything", "not-a-hash")).isFalse();
    }
}
