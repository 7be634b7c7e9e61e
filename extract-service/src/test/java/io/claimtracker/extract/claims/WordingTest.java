package io.claimtracker.extract.claims;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordingTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "pulverising Ukrainian cities | pulverizing Ukrainian cities",
            "the colour of honour | the color of honor",
            "a favourite neighbour | a favorite neighbor",
            "they analysed it | they analyzed it",
            "the defence of the centre | the defense of the center",
            "she realised | she realized",
            "travelled and cancelled | traveled and canceled",
            "Café Zürich | cafe zurich",
            "the armed forces | the armed force",
            "kidnapping children | kidnapped children",
            "he didn't resist | he did not resist",
            "I invite them [disillusioned Russians] to join | I invite them to join",
    })
    void foldsSpellingInflectionAndInsertions(String a, String b) {
        assertThat(Wording.of(a).words()).isEqualTo(Wording.of(b).words());
    }

    @Test
    void stopWordsAreOutAndOrderIsKept() {
        assertThat(Wording.of("Our door is always open.").words()).containsExactly("door", "alway", "open");
    }

    @Test
    void keyIgnoresCaseQuotesPunctuationAndInsertionsButKeepsSpelling() {
        assertThat(Wording.of("“Our door is always open,” he said").key()).isEqualTo("our door is always open he said");
        assertThat(Wording.of("I invite them [disillusioned Russians] to").key())
                .isEqualTo(Wording.of("I invite them to").key());
        assertThat(Wording.of("pulverising").key()).isNotEqualTo(Wording.of("pulverizing").key());
        assertThat(Wording.of("Putin’s case").key()).isEqualTo(Wording.of("Putin's case").key());
    }

    @Test
    void indexWordsPreferUncommonWordsAndAreCapped() {
        assertThat(Wording.of("Our door is always open").indexWords()).containsExactlyInAnyOrder("door", "open");
        assertThat(Wording.of("people say so").indexWords()).isNotEmpty();
        String longText = "alpha bravo charlie delta echoes foxtrot golfer hotel india juliet kilo lima mike november "
                + "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu";
        assertThat(Wording.of(longText).indexWords()).hasSize(Wording.MAX_INDEX_WORDS);
    }

    @Test
    void aNearSynonymIsAlsoIndexedByItsFamilysCanonicalWord() {
        // so a lookup by index words finds "razed" for "destroyed", "kidnapped" for "abducted"
        assertThat(Wording.of("the army razed the village").indexWords()).contains("raz", "destro");
        assertThat(Wording.of("they destroyed the village").indexWords()).contains("destro");
        assertThat(Wording.of("rebels abducted schoolgirls").indexWords())
                .containsAnyElementsOf(Wording.of("rebels kidnapped schoolgirls").indexWords());
        assertThat(Wording.of("a sham election").indexWords()).contains("sham", "fals");
        // every family word has one family
        assertThat(Vocabulary.FAMILY).containsEntry("fraudulent", "fals").containsEntry("pulveris", "destroy")
                .containsEntry("deal", "agreement").containsEntry("kidnap", "kidnap");
    }

    @Test
    void aShortFragmentInQuoteMarksIsMarkedQuoted() {
        Wording w = Wording.of("the minister said the reform was a “historic betrayal” of pensioners");
        assertThat(quotedStems(w)).containsExactly("historic", "betrayal");
        // a straight quote left open runs to the end; a long quotation is not a fragment
        assertThat(quotedStems(Wording.of("the deal was a \"humiliation"))).containsExactly("humiliation");
        assertThat(quotedStems(Wording.of("she said “we will never give up on this fight for our children”")))
                .isEmpty();
        // a statement that is all quote has nothing singled out
        assertThat(quotedStems(Wording.of("“historic betrayal”"))).isEmpty();
        // quote marks change neither the words nor the key
        assertThat(w.words()).isEqualTo(Wording.of("the minister said the reform was a historic betrayal of pensioners")
                .words());
        assertThat(w.key()).isEqualTo("the minister said the reform was a historic betrayal of pensioners");
    }

    private static java.util.List<String> quotedStems(Wording w) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < w.stems.length; i++) {
            if (w.quoted[i]) {
                out.add(w.stems[i]);
            }
        }
        return out;
    }

    @Test
    void oddInputGivesAnEmptyWordingNotAnException() {
        assertThat(Wording.of(null).isEmpty()).isTrue();
        assertThat(Wording.of("  “ ” … -- ").isEmpty()).isTrue();
        assertThat(Wording.of("[unclosed bracket and \uD83D\uDE00 emoji ’’ ' '").words()).contains("unclos", "bracket");
    }
}
