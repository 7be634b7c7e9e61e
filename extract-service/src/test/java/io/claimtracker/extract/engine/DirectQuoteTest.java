package io.claimtracker.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Direct quotes and who said them, one sentence pattern per row (sentences modelled on real news copy). */
class DirectQuoteTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            colon lead-in after pronoun | Sir Alan Hale, the agency's chief, spoke in Rome.\\n\\nHe said: “We are ready to talk to anyone.” | We are ready to talk to anyone. | Alan Hale
            cue after, name first        | “Our door is always open,” Hale said. | Our door is always open | Hale
            inverted cue after           | "Their case is fraudulent, a miasma of lies," said Jane Porter in a speech. | Their case is fraudulent, a miasma of lies | Jane Porter
            cue before without colon     | Governor Ben Ortiz said “Some nations have reduced themselves to accomplices.” | Some nations have reduced themselves to accomplices. | Ben Ortiz
            told with addressee          | Senator Ann Kile told CNN: “You won’t have mercenaries on the highway by chance.” | You won’t have mercenaries on the highway by chance. | Ann Kile
            unnamed source kept          | A security official added later: “And of course it was not tea with polonium.” | And of course it was not tea with polonium. | A security official
            """)
    void findsQuoteAndSpeaker(String name, String text, String quote, String speaker) {
        Extraction x = engine.extract(text.replace("\\n", "\n"));

        assertThat(x.claims()).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo(quote);
            assertThat(c.speaker()).isNotNull();
            assertThat(c.speaker().name()).isEqualTo(speaker);
        });
    }
}
