package io.claimtracker.extract.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What an article establishes besides its claims: speaker profiles and the date the page prints. */
class ArticleFactsTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @Test
    void aSpeakerProfileCollectsTheNamesAndDescriptionsTheArticleUses() {
        String text = "Sir Alan Hale, the spy agency's chief, spoke in Rome.\n\nSir Alan said: “Our door is open.”\n\n"
                + "The spy chief said the talks would go on. “We are patient,” Hale added.";

        Extraction x = engine.extract(text);

        assertThat(x.speakers()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Alan Hale");
            assertThat(p.aliases()).contains("Sir Alan Hale", "Sir Alan", "Hale", "The spy chief")
                    .doesNotContain("Alan Hale");
            assertThat(p.descriptions()).contains("the spy agency's chief");
            assertThat(p.claims()).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Site banner\\n2023-07-19 21:59\\nIt was a busy day.  | 2023-07-19 21:59 | 2023 | 7  | 19 | 2023-07-19T21:59:00Z
            July 19 (UPI) -- The head of the agency spoke.      | July 19 (UPI)    |      | 7  | 19 | 2024-07-19T00:00:00Z
            Published Sept. 4, 2016 by staff.                    | Sept. 4, 2016    | 2016 | 9  | 4  | 2016-09-04T00:00:00Z
            """)
    void thePublicationDateIsReadFromThePage(String text, String shown, Integer year, int month, int day,
                                              String instant) {
        String t = text.replace("\\n", "\n");

        PublicationDate d = engine.extract(t).published();

        assertThat(d).isNotNull();
        assertThat(d.text()).isEqualTo(shown);
        assertThat(t.substring(d.start(), d.end())).isEqualTo(shown);
        assertThat(d.year()).isEqualTo(year);
        assertThat(d.month()).isEqualTo(month);
        assertThat(d.day()).isEqualTo(day);
        assertThat(d.toInstant(2024)).contains(Instant.parse(instant));
    }

    @Test
    void aYearlessDatelineKeepsTheWeekdayItsSentenceNames() {
        PublicationDate d = engine.extract("July 19 (UPI) -- The head of the agency on Wednesday urged calm.").published();

        assertThat(d.weekday()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
        assertThat(d.yearFromWeekday(2026)).contains(2023);
        assertThat(engine.extract("July 19 (UPI) -- The head spoke.\n\nOn Monday he left.").published().weekday())
                .isNull();
    }

    @Test
    void aPageWithoutADateHasNone() {
        assertThat(engine.extract("Alan Hale said the talks would go on.").published()).isNull();
    }
}
