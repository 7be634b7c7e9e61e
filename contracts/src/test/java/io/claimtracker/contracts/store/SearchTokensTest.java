package io.claimtracker.contracts.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTest {

    @Test
    void tokensAreLowerCaseFoldedAndWithoutStopWords() {
        assertThat(SearchTokens.of("“Our door is ALWAYS open,” Moore’s café said."))
                .containsExactly("our", "door", "always", "open", "moores", "cafe", "said");
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(SearchTokens.of(" \n")).isEmpty();
        assertThat(SearchTokens.of(null)).isEmpty();
    }
}
