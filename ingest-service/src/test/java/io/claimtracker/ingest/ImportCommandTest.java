package io.claimtracker.ingest;

import io.claimtracker.contracts.ArticleIds;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The import command through its real entry point: a Spring context without web server, Kafka, MongoDB. */
@ExtendWith(InfraExtension.class)
class ImportCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importsAFolderCountsEveryArticleAndPublishesTheGoodOnes() throws Exception {
        String a = "Moore said the door is open. " + UUID.randomUUID();
        String b = "<p>Kemp said otherwise. " + UUID.randomUUID() + "</p>";
        String c = "https://example.com/c/" + UUID.randomUUID();
        String d = "Zakharova answered. " + UUID.randomUUID();
        Files.writeString(folder.resolve("a.txt"), a);
        Files.writeString(folder.resolve("b.html"), b);
        Files.writeString(folder.resolve("c.json"), """
                [{"url": "%s", "text": "from a JSON array", "outlet": "UPI"},
                 {"text": "bad date", "publishedAt": "tomorrow"}]""".formatted(c));
        Files.writeString(folder.resolve("d.ndjson"), """
                {"text": "%s", "publishedAt": "2023-07-19"}
                {"text": "unfinished"

                {"text": "%s"}
                """.formatted(d, a));
        Files.write(folder.resolve("latin1.txt"), "Prag\u00fc".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/e.txt"), "\n" + a.replace(" ", "  ") + "\n");

        int code = ImportCommand.run(args(folder.toString()), print(out), print(err));

        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(summary + err).isEqualTo(ImportCommand.SOME_REJECTED);
        assertThat(summary).containsPattern("import: 9 articles from 6 of 6 files in [0-9.]+ s: 4 accepted, "
                + "2 duplicates, 3 rejected; 1 skipped");
        assertThat(summary).contains(
                "rejected:\n  " + folder.resolve("c.json") + " [1]: publishedAt 'tomorrow' is not a date",
                "\n  " + folder.resolve("d.ndjson") + " line 2: body is not valid JSON at column",
                "\n  " + folder.resolve("latin1.txt") + ": file is not UTF-8: byte 4 (0xFC)",
                "skipped (not .txt, .html, .htm, .json, .ndjson or .jsonl):\n  " + folder.resolve("notes.md"));
        assertThat(err.toString(StandardCharsets.UTF_8)).as("progress, one line per tenth without a terminal")
                .startsWith("import:   0% (0/6 files, 0 articles)")
                .contains("import: 100% (6/6 files, 9 articles)")
                .doesNotContain("INFO", "WARN");

        String kafka = Infra.shared().kafkaBootstrapServers();
        assertThat(RawTopicRecords.withKey(kafka, ArticleIds.of(null, a, null))).hasSize(1);
        assertThat(RawTopicRecords.withKey(kafka, ArticleIds.of(null, null, b))).hasSize(1)
                .allSatisfy(r -> assertThat(r.value()).contains("\"html\":\"<p>Kemp said otherwise."));
        assertThat(RawTopicRecords.withKey(kafka, ArticleIds.of(c, null, null))).hasSize(1)
                .allSatisfy(r -> assertThat(r.value()).contains("\"outlet\":\"UPI\""));
        assertThat(RawTopicRecords.withKey(kafka, ArticleIds.of(null, d, null))).hasSize(1)
                .allSatisfy(r -> assertThat(r.value()).contains("\"publishedAt\":\"2023-07-19T00:00:00Z\""));

        // a second import of what was imported finds only duplicates and publishes nothing
        out.reset();
        int again = ImportCommand.run(args(folder.resolve("a.txt").toString(), folder.resolve("b.html").toString()),
                print(out), print(err));

        assertThat(again).isEqualTo(ImportCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("import: 2 articles from 2 of 2 files in [0-9.]+ s: 0 accepted, 2 duplicates, "
                        + "0 rejected\n");
        assertThat(RawTopicRecords.withKey(kafka, ArticleIds.of(null, a, null))).hasSize(1);
    }

    @Test
    void withoutPathsOrWithAMissingOneItIsAUsageError() {
        assertThat(ImportCommand.run(new String[0], print(out), print(err))).isEqualTo(ImportCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("import: no PATH given", "usage:");

        err.reset();
        Path missing = folder.resolve("nowhere");
        assertThat(ImportCommand.run(args(folder.toString(), missing.toString()), print(out), print(err)))
                .isEqualTo(ImportCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("import: no such file or folder: " + missing
                + System.lineSeparator());
    }

    private static String[] args(String... paths) {
        String[] args = new String[paths.length + 2];
        System.arraycopy(paths, 0, args, 0, paths.length);
        args[paths.length] = "--spring.kafka.bootstrap-servers=" + Infra.shared().kafkaBootstrapServers();
        args[paths.length + 1] = "--spring.mongodb.uri=" + Infra.shared().mongoUri();
        return args;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
