package io.claimtracker.extract.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The extract command of DESIGN.md: one JSON line per article file, code-point offsets, clear errors. */
class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final JsonMapper json = JsonMapper.builder().build();

    private int run(String... args) {
        return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    @Test
    void printsOneLinePerArticleWithTheDesignFields(@TempDir Path dir) throws IOException {
        String text = "😀 Alan Hale spoke.\n\nHe said: “Our door is always open.”\n";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("b.txt"), "No quotes here at all.");
        Files.writeString(dir.resolve("notes.jsonl"), "{\"not\": \"an article\"}");

        int code = run(dir.toString());

        assertThat(code).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode a = lines.get(0);
        assertThat(a.get("file").asString()).endsWith("a.txt");
        JsonNode claim = a.get("claims").get(0);
        assertThat(claim.get("kind").asString()).isEqualTo("direct");
        assertThat(claim.get("text").asString()).isEqualTo("Our door is always open.");
        int start = claim.get("start").asInt();
        int end = claim.get("end").asInt();
        assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)))
                .isEqualTo("Our door is always open.");
        assertThat(claim.get("cue").asString()).isEqualTo("said");
        JsonNode speaker = claim.get("speaker");
        assertThat(speaker.get("name").asString()).isEqualTo("Alan Hale");
        assertThat(speaker.get("mention").asString()).isEqualTo("He");
        assertThat(speaker.get("start").asInt()).isEqualTo(text.codePointCount(0, text.indexOf("He said")));
        assertThat(speaker.has("end")).isTrue();
        assertThat(claim.get("reportedBy").isNull()).isTrue();
        assertThat(claim.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(lines.get(1).get("claims").size()).isZero();
    }

    @Test
    void aMissingFileIsReportedAndTheOthersStillRun(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "“We are ready,” Alan Hale said.");

        int code = run(dir.resolve("missing.txt").toString(), ok.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt").contains("no such file");
        assertThat(lines()).singleElement().satisfies(l -> assertThat(l.get("claims").size()).isEqualTo(1));
    }

    @Test
    void htmlFilesGoThroughTextExtraction(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"),
                "<html><body><p>Alan Hale spoke.</p><p>He said: &ldquo;We are ready.&rdquo;</p></body></html>");

        assertThat(run(page.toString())).isZero();

        JsonNode claim = lines().get(0).get("claims").get(0);
        assertThat(claim.get("text").asString()).isEqualTo("We are ready.");
        assertThat(claim.get("speaker").get("name").asString()).isEqualTo("Alan Hale");
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: extract");
    }

    @Test
    void controlCharactersAndQuotesAreEscaped() {
        String line = ExtractCommand.line("a\"b\\c.txt", new io.claimtracker.extract.engine.ClaimExtractor()
                .extract("Alan Hale said: “A \"tab\"\there.”"));

        JsonNode node = json.readTree(line);
        assertThat(node.get("file").asString()).isEqualTo("a\"b\\c.txt");
        assertThat(line).endsWith("\n").doesNotContain("\t");
    }
}
