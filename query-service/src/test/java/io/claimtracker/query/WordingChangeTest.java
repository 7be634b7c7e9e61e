package io.claimtracker.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordingChangeTest {

    @Test
    void aTranslationStyleRewordingIsAReplacementAndAnInsertion() {
        assertThat(WordingChange.between("Russia is pulverising Ukrainian cities",
                "Russia is razing Ukrainian cities to the ground.")).containsExactly(
                new WordingChange("replaced", "pulverising", "razing"),
                new WordingChange("inserted", null, "to the ground"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "our door is always open | “Our door is always open,”",
            "Our door is ALWAYS open | our door is always open!",
            "we don't keep secrets | We don’t keep secrets",
            "London - and Paris | London and Paris",
            "'' | ''"})
    void caseQuotesAndPunctuationAroundWordsAreNoChange(String canonical, String variant) {
        assertThat(WordingChange.between(canonical, variant)).isEmpty();
    }

    @Test
    void trimmedWordsAreDeletionsShownAsTheCanonicalWroteThem() {
        assertThat(WordingChange.between("I invite them, the disillusioned, to join us", "I invite them to join us"))
                .containsExactly(new WordingChange("deleted", "the disillusioned", null));
    }

    @Test
    void aTypoIsAReplacementOfOneWordAndInnerPunctuationIsKept() {
        assertThat(WordingChange.between("they are tugs of conscience", "they are tugs of conscious"))
                .containsExactly(new WordingChange("replaced", "conscience", "conscious"));
        assertThat(WordingChange.between("open doors", "open doors, and keeping secrets"))
                .containsExactly(new WordingChange("inserted", null, "and keeping secrets"));
        assertThat(WordingChange.between("a b c d", "a x, y c d"))
                .containsExactly(new WordingChange("replaced", "b", "x, y"));
    }

    @Test
    void noCanonicalTextMeansNoChanges() {
        assertThat(WordingChange.between(null, "anything")).isEmpty();
    }
}
