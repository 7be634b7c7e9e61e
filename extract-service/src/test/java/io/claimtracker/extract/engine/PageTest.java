package io.claimtracker.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page clutter that must never yield claims, and body text that must not be mistaken for it. */
class PageTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "Read more on MI6", "Jump directly to the content", "Topics",
        "Latest Headlines", "Source: CNN", "Home » Spy chief urges Russians to defect", "2",
        "Horrified Russians are signing up to spyCredit: Getty",
        "Alan Hale said Wednesday the doors were open to all. File photo by Jan Novak/EPA",
        "Russia-Ukraine war – live: leader ‘clearly under pressure’ says spy chief"})
    void clutterLines(String line) {
        assertThat(Page.isClutter(line)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            He said Ukraine had recaptured more territory than in the preceding year.
            “Trump must stop portraying us as gangsters.” ― Carla Sanchez
            “Our door is always open,” Moore said.
            """)
    void bodyLines(String line) {
        assertThat(Page.isClutter(line)).isFalse();
    }

    @Test
    void aPageThatCarriesItsArticleTwiceCountsEachAppearanceOnce() {
        String p1 = "Alan Hale gave a speech in Rome on Wednesday about the service and its many open doors. "
                + "It was only the second public address by the chief since he took over the service, and the "
                + "first in which he spoke directly to the people he hopes will one day work for it.";
        String p2 = "“We will handle their offers of help with the discretion for which our service is famed,” Hale said.";
        String p3 = "Maria Ivanova said the speech was a provocation and that nobody in Moscow would listen to it.";
        String text = "Site banner\n" + p1 + " " + p2 + " " + p3 + " Read More Other headlines\n\n"
                + p1 + "\n\n" + p2 + "\n\n" + p3 + "\n";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).filteredOn(c -> c.text().startsWith("We will handle")).singleElement()
                .satisfies(c -> assertThat(c.start()).isGreaterThan(text.indexOf("\n\n")));
        assertThat(x.claims()).filteredOn(c -> c.text().contains("provocation")).hasSize(1);
    }
}
