package io.claimtracker.extract.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed articles: offsets are exact, Moore's quotes are his, captions yield nothing. */
class SeedArticlesTest {

    static final Path SEEDS = Path.of("..", "seeds");

    private final ClaimExtractor engine = new ClaimExtractor();

    @Test
    void everyClaimIsTheExactCodePointSliceOfTheText() throws IOException {
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f);
                Extraction x = engine.extract(text);
                assertThat(x.claims()).as(f.toString()).isNotEmpty();
                for (ExtractedClaim c : x.claims()) {
                    int s = text.offsetByCodePoints(0, c.start());
                    int e = text.offsetByCodePoints(0, c.end());
                    assertThat(text.substring(s, e)).isEqualTo(c.text());
                }
            }
        }
    }

    @Test
    void theSunQuotesRichardMoore() throws IOException {
        Extraction x = engine.extract(Files.readString(SEEDS.resolve("000_a9c63f8d956603be.txt")));

        assertThat(x.claims()).filteredOn(c -> c.text().contains("Our door is always open")).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
                    assertThat(c.speaker().name()).isEqualTo("Richard Moore");
                    assertThat(c.text()).startsWith("I invite them").endsWith("bring the bloodshed to an end.");
                });
        assertThat(x.claims()).filteredOn(c -> c.text().startsWith("There are many Russians")).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Richard Moore"));
        assertThat(x.claims()).filteredOn(c -> c.text().equals("very fast and without warning")).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Richard Kemp"));
    }
}
