package io.claimtracker.extract.engine;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The word sets and the lower-casing every rule reads through. */
class LexiconTest {

    @Test
    void aWordSetHoldsEachListedWordOnceAndNothingElse() {
        Set<String> words = Lexicon.words("said", "told", "said", "warned", "");

        assertThat(words).hasSize(4).containsExactlyInAnyOrder("said", "told", "warned", "");
        assertThat(words.contains("told")).isTrue();
        assertThat(words.contains("tell")).isFalse();
        assertThat(words.contains("Said")).isFalse();
        assertThat(words.contains(42)).isFalse();
    }

    @Test
    void aLargeWordSetFindsEveryWordDespiteCollidingSlots() {
        String[] many = new String[500];
        for (int i = 0; i < many.length; i++) {
            many[i] = "w" + i;
        }
        Set<String> words = Lexicon.words(many);

        assertThat(words).hasSize(500);
        for (String w : many) {
            assertThat(words.contains(w)).as(w).isTrue();
        }
        assertThat(words.contains("w500")).isFalse();
    }

    @Test
    void lowerCasingKeepsNonAsciiLettersAndReturnsALowerWordAsIs() {
        String lower = "already";

        assertThat(Lexicon.lower(lower)).isSameAs(lower);
        assertThat(Lexicon.lower("McCONNELL")).isEqualTo("mcconnell");
        assertThat(Lexicon.lower("ÉLYSÉE")).isEqualTo("élysée");
        assertThat(Lexicon.lower("U.S.")).isEqualTo("u.s.");
    }

    @Test
    void aWordSetIsAskedAboutTheLowerCaseFormOfAWord() {
        Set<String> titles = Lexicon.words("senator", "gov.", "élysée");

        assertThat(Lexicon.containsLower(titles, "Senator")).isTrue();
        assertThat(Lexicon.containsLower(titles, "GOV.")).isTrue();
        assertThat(Lexicon.containsLower(titles, "ÉLYSÉE")).isTrue();
        assertThat(Lexicon.containsLower(titles, "Senators")).isFalse();
        assertThat(Lexicon.containsLower(Set.of("senator"), "SENATOR")).isTrue();
    }
}
