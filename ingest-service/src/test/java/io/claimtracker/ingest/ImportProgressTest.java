package io.claimtracker.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressTest {

    @Test
    void withoutATerminalPrintsOneLinePerTenth() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(err, true, StandardCharsets.UTF_8),
                ImportProgress.Style.LINES, 1000, 4);

        for (int bytes = 0; bytes <= 1000; bytes += 5) {
            progress.update(bytes, bytes / 250, bytes / 10);
        }
        progress.finish(4, 100);

        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(11).doesNotContain("\r");
        assertThat(lines[0]).isEqualTo("import:   0% (0/4 files, 0 articles)");
        assertThat(lines[10]).isEqualTo("import: 100% (4/4 files, 100 articles)");
    }

    @Test
    void theLastLineAlwaysShowsTheFinalCounts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(err, true, StandardCharsets.UTF_8),
                ImportProgress.Style.LINES, 10, 2);

        progress.update(10, 1, 1); // the last file's bytes are read before it counts as done
        progress.finish(2, 3);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "import: 100% (1/2 files, 1 article)\nimport: 100% (2/2 files, 3 articles)\n");
    }

    @Test
    void onATerminalRedrawsOneBarInPlace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(err, true, StandardCharsets.UTF_8),
                ImportProgress.Style.BAR, 100, 2);

        progress.update(50, 1, 1);
        progress.finish(2, 2);

        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r[###############---------------]  50%  1/2 files  1 article")
                .contains("\r[##############################] 100%  2/2 files  2 articles")
                .endsWith(System.lineSeparator());
        assertThat(shown.split("\n")).as("one line, redrawn with carriage returns").hasSize(1);
    }
}
