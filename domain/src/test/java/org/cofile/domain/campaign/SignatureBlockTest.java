package org.cofile.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cofile.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SignatureBlockTest {

    @Test
    void anEntryIsAnAddressByItsKeyOrADomain() {
        assertThat(SignatureBlock.normalized(" Jane.Doe+petitions@GoogleMail.com "))
                .isEqualTo("janedoe@gmail.com");
        assertThat(SignatureBlock.normalized("@Spam.Example")).isEqualTo("spam.example");
        assertThat(SignatureBlock.normalized("mailinator.com")).isEqualTo("mailinator.com");
    }

    @Test
    void whatIsNeitherAnAddressNorADomainIsRefusedWithTheFieldNamed() {
        for (var bad : new String[] {"", "  ", "localhost", "*.example.org", "a@b", "spam example.org", "-x.org"}) {
            assertThatThrownBy(() -> SignatureBlock.normalized(bad), bad)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsOnlyKeys("entry"));
        }
    }

    @Test
    void anAddressIsBlockedByItselfItsDomainAndEveryParentDomainButNotByTheTopLevel() {
        assertThat(SignatureBlock.candidatesFor("bot@mail.spam.example"))
                .containsExactly("bot@mail.spam.example", "mail.spam.example", "spam.example");
        assertThat(SignatureBlock.candidatesFor("jane@example.org")).containsExactly("jane@example.org", "example.org");
    }
}
