package io.claimtracker.extract.engine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed articles against the hand-annotated gold ({@code gold/claims.jsonl}): every direct and
 * partial quote found with its speaker (and relayer for a quote inside a quote), nothing from captions, banners
 * or the page's second copy, and offsets that slice the text exactly.
 */
class SeedArticlesTest {

    static final Path SEEDS = Path.of("..", "seeds");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gold(String file, int start, int end, String kind, String speaker, String reportedBy, Boolean optional,
                String text) {
        boolean isOptional() {
            return Boolean.TRUE.equals(optional);
        }
    }

    private static final Map<String, String> TEXTS = new TreeMap<>();
    private static final Map<String, Extraction> EXTRACTIONS = new TreeMap<>();
    private static final List<Gold> GOLD = new ArrayList<>();

    @BeforeAll
    static void readSeeds() throws IOException {
        ClaimExtractor engine = new ClaimExtractor();
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                TEXTS.put(f.getFileName().toString(), text);
                EXTRACTIONS.put(f.getFileName().toString(), engine.extract(text));
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(SEEDS.resolveSibling("gold").resolve("claims.jsonl"))) {
            GOLD.add(json.readValue(line, Gold.class));
        }
    }

    @Test
    void theGoldMatchesTheSeedTexts() {
        assertThat(TEXTS).hasSize(5);
        for (Gold g : GOLD) {
            String text = TEXTS.get(g.file());
            assertThat(text).as(g.file()).isNotNull();
            if (g.text() != null) {
                assertThat(slice(text, g.start(), g.end())).isEqualTo(g.text());
            }
        }
    }

    @Test
    void everyQuoteIsFoundWithItsSpeaker() {
        List<Gold> quotes = GOLD.stream().filter(g -> !g.isOptional()
                && (g.kind().equals("direct") || g.kind().equals("partial"))).toList();
        assertThat(quotes).hasSizeGreaterThan(40);
        for (Gold g : quotes) {
            ExtractedClaim best = best(g);
            assertThat(best).as("found: %s %s", g.file(), g.text()).isNotNull();
            assertThat(best.speaker()).as("speaker of %s", g.text()).isNotNull();
            assertThat(best.speaker().name()).as("speaker of %s", g.text()).isEqualTo(g.speaker());
            if (g.reportedBy() != null) {
                assertThat(best.reportedBy()).as("relayer of %s", g.text()).isEqualTo(g.reportedBy());
            }
        }
    }

    @Test
    void reportedSpeechIsFoundWithItsSpeaker() {
        List<Gold> indirect = GOLD.stream().filter(g -> !g.isOptional() && g.kind().equals("indirect")).toList();
        long right = indirect.stream().filter(g -> best(g) != null && best(g).speaker() != null
                && best(g).speaker().name().equals(g.speaker())).count();
        assertThat((double) right / indirect.size()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void nothingComesFromCaptionsBannersOrThePageCopy() {
        for (Gold clutter : GOLD.stream().filter(g -> g.kind().equals("clutter")).toList()) {
            assertThat(EXTRACTIONS.get(clutter.file()).claims()).as(clutter.file() + " " + clutter.start())
                    .noneSatisfy(c -> assertThat(c.end() > clutter.start() && c.start() < clutter.end()).isTrue());
        }
    }

    @Test
    void theSunQuotesRichardMooreAcrossParagraphs() {
        Extraction x = EXTRACTIONS.get("000_a9c63f8d956603be.txt");

        assertThat(x.claims()).filteredOn(c -> c.text().contains("Our door is always open")).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
                    assertThat(c.speaker().name()).isEqualTo("Richard Moore");
                    assertThat(c.text()).startsWith("I invite them").endsWith("bring the bloodshed to an end.");
                });
    }

    @Test
    void offsetsSliceTheTextsExactly() {
        EXTRACTIONS.forEach((file, x) -> RobustnessTest.assertConsistent(TEXTS.get(file), x));
    }

    /** The claim that covers the gold item most (at least half of it), the tighter one on a tie. */
    private static ExtractedClaim best(Gold g) {
        ExtractedClaim best = null;
        int bestOverlap = 0;
        boolean quote = g.kind().equals("direct") || g.kind().equals("partial");
        for (ExtractedClaim c : EXTRACTIONS.get(g.file()).claims()) {
            if (quote && c.kind() == ClaimKind.INDIRECT) {
                continue; // a quote must be found as a quote, not inside a paraphrase
            }
            int o = Math.max(0, Math.min(c.end(), g.end()) - Math.max(c.start(), g.start()));
            if (o > bestOverlap || o == bestOverlap && o > 0 && c.end() - c.start() < best.end() - best.start()) {
                best = c;
                bestOverlap = o;
            }
        }
        return 2 * bestOverlap >= g.end() - g.start() ? best : null;
    }

    private static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
