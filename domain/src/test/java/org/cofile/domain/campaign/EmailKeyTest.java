package org.cofile.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailKeyTest {

    @ParameterizedTest(name = "{0} signs as {1}")
    @CsvSource({
        "Jane.Doe@Example.org, jane.doe@example.org",
        "jane.doe+petition@example.org, jane.doe+petition@example.org",
        "Jane.Doe+petition@gmail.com, janedoe@gmail.com",
        "j.a.n.e@googlemail.com, jane@gmail.com",
        "jane+amazon@outlook.com, jane@outlook.com",
        "jane+x@icloud.com, jane@icloud.com",
        "  jane@example.org  , jane@example.org"
    })
    void anAddressSignsUnderTheKeyItsProviderDeliversTo(String address, String key) {
        assertThat(EmailKey.of(address)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "jane", "jane@", "@example.org", "jane@example", "ja ne@example.org", "a@b@c.org"})
    void whatIsNoAddressIsRefused(String address) {
        assertThatThrownBy(() -> EmailKey.of(address))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("email");
    }
}
