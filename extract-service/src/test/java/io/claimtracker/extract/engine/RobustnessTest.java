package io.claimtracker.extract.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Any text in, a consistent answer out: no exception, no endless loop, offsets that slice the text exactly. */
class RobustnessTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "\"", "“", "”", "''", "‘’", "\"\"\"\"\"", "“““““", "”””",
            "He said: “", "said", "According to", ", said", "“A,” he said, “", "— ― – -", "Mr.", "U.S. Sen.",
            "\"KELLY:", "( ) [ ] { }", "\u0000\u0001\u0002", "😀 “🎉 emoji 🎉,” said Zoë 😀.", "\uD800 lone surrogate",
            "asked about them in April, as put it in a speech", "the plan works, said the company's chief executive"})
    void oddInputNeverThrowsAndSlicesExactly(String text) {
        assertThatCode(() -> new ArticleReader(text).read()).doesNotThrowAnyException();
        assertConsistent(text, engine.extract(text));
    }

    @Test
    void nullIsAnEmptyArticle() {
        assertThat(engine.extract(null).claims()).isEmpty();
        assertThat(engine.extractHtml(null).claims()).isEmpty();
    }

    @Test
    void randomQuoteSoupNeverThrowsOrHangs() {
        String[] pieces = {"“", "”", "\"", "'", "‘", "’", " he said", " said Moore", ", ", ". ", "\n\n", "Sir ",
            "Richard", " Moore", " the head of MI6", ": ", "according to ", "that ", "😀", "―", " (R-Ky.)", "''"};
        Random random = new Random(42);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int round = 0; round < 2000; round++) {
                StringBuilder b = new StringBuilder();
                int n = random.nextInt(80);
                for (int i = 0; i < n; i++) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                String text = b.toString();
                // the reader itself, not only the extractor that would catch what it throws
                assertThatCode(() -> new ArticleReader(text).read()).as(text).doesNotThrowAnyException();
                assertConsistent(text, engine.extract(text));
            }
        });
    }

    @Test
    void aQuoteMarkOpeningNothingAtTheEndOfANestedQuoteIsNoQuote() {
        // found by fuzzing: an unclosed mark at the very end, inside two unclosed quotes, had an empty content
        // that ended before it started
        String text = "during a news conference late last monthFormer Utah governor !\u0301xseemed to - Reyes.but also- "
                + "Reyes.\" R-Pa.While ! : a said the company's chief executive,thatAs Joel Pollak observed, "
                + "thathttp://a.b/c who,‘08that asked about them in April ”coming from he saidpromptingwarned told "
                + "(R-Iowa)Buffalo, New York, (R-Iowa) ten days agoIn a speech last July, he said: –put it warnedthat“ "
                + "loudly In a speech last July, he said: : —‘.? ‘08 Tom Reyes “ ";

        assertThatCode(() -> new ArticleReader(text).read()).doesNotThrowAnyException();
    }

    @Test
    void aVeryLongArticleIsReadInLinearTime() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            b.append("“We will handle their offers with discretion,” Alan Hale said in paragraph ").append(i)
                    .append(". He said the talks would go on.\n\n");
        }
        String text = b.toString();

        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> engine.extract(text));

        assertThat(x.claims()).hasSizeGreaterThan(4000);
        assertConsistent(text, x);
    }

    @Test
    void textWithoutQuotesOrSpeechHasNoClaims() {
        String text = "The lightning mutiny exposed cracks in the grip on power.\n\nWestern nations have backed "
                + "regime change before, such as supporting rebel groups in two countries.";

        assertThat(engine.extract(text).claims()).isEmpty();
    }

    @Test
    void offsetsCountCodePointsNotChars() {
        String text = "😀😀 Alan Hale said: “We are ready 🎉 to talk.”";

        ExtractedClaim c = engine.extract(text).claims().get(0);

        assertThat(c.text()).isEqualTo("We are ready 🎉 to talk.");
        assertThat(c.start()).isEqualTo(text.codePointCount(0, text.indexOf("We are")));
        assertConsistent(text, engine.extract(text));
    }

    static void assertConsistent(String text, Extraction x) {
        assertThat(x.text()).isEqualTo(text == null ? "" : text);
        int cps = x.text().codePointCount(0, x.text().length());
        for (ExtractedClaim c : x.claims()) {
            assertThat(c.start()).isBetween(0, c.end());
            assertThat(c.end()).isLessThanOrEqualTo(cps);
            String slice = x.text().substring(x.text().offsetByCodePoints(0, c.start()),
                    x.text().offsetByCodePoints(0, c.end()));
            assertThat(slice).isEqualTo(c.text());
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            if (c.speaker() != null && c.speaker().start() >= 0) {
                String mention = x.text().substring(x.text().offsetByCodePoints(0, c.speaker().start()),
                        x.text().offsetByCodePoints(0, c.speaker().end()));
                assertThat(mention).isEqualTo(c.speaker().mention());
            }
            for (Span p : c.parts()) {
                assertThat(p.start()).isBetween(c.start(), p.end());
                assertThat(p.end()).isLessThanOrEqualTo(c.end());
            }
        }
    }
}
