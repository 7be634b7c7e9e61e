package io.claimtracker.extract.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eval command on a tiny PolNeAR-shaped split written here (no PolNeAR text is copied into the repository):
 * the counts must follow the issue's "How we score" rules exactly.
 */
class EvalCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoresASplitAsTheIssueDefines(@TempDir Path split) throws IOException {
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        String text = "“We will win,” Alan Hale said. Critics believe the plan will fail.\n";
        Files.writeString(split.resolve("text/story.txt"), text);
        int quoteStart = text.indexOf("We will");
        int quoteEnd = text.indexOf(",”");
        int critics = text.indexOf("the plan");
        int criticsEnd = text.indexOf(" fail") + 5;
        // first annotation file in sorted order is used; the second (another annotator) is ignored
        Files.writeString(split.resolve("attributions/story_0aaa.ann"), String.join("\n",
                "T1\tSource " + text.indexOf("Alan") + " " + (text.indexOf("Hale") + 4) + "\tAlan Hale",
                "T2\tCue " + text.indexOf("said") + " " + (text.indexOf("said") + 4) + "\tsaid",
                "T3\tContent " + (quoteStart - 1) + " " + (quoteEnd + 2) + "\t" + text.substring(quoteStart - 1, quoteEnd + 2),
                "E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1",
                "T4\tSource 31 38\tCritics",
                "T5\tCue 39 46\tbelieve",
                "T6\tContent " + critics + " " + criticsEnd + "\tthe plan will fail",
                "E2\tAttribution:T8 Content:T6 Cue:T5 Source:T4", ""));
        Files.writeString(split.resolve("attributions/story_1bbb.ann"), "");

        int code = EvalCommand.run(new String[] {"--polnear", split.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("1 articles, 2 gold attributions (1 direct, 1 speech)");
        assertThat(table).contains("| direct-quote recall | 1.000 | >= 0.95 | 1/1 |");
        assertThat(table).contains("| speech-claim recall | 1.000 | >= 0.80 | 1/1 |");
        assertThat(table).contains("| speaker accuracy | 1.000 | >= 0.92 | 1/1 |");
        assertThat(table).contains("| all-attribution recall (info) | 0.500 | - | 1/2 |");
    }

    @Test
    void scoringHelpersFollowTheRules() {
        assertThat(Polnear.isSaying("has said")).isTrue();
        assertThat(Polnear.isSaying("according to")).isTrue();
        assertThat(Polnear.isSaying("believes")).isFalse();
        assertThat(Polnear.containsQuotationMark("it’s here")).isFalse();
        assertThat(Polnear.containsQuotationMark("a “door”")).isTrue();
        assertThat(EvalCommand.isName("The New York Post")).isTrue();
        assertThat(EvalCommand.isName("a source")).isFalse();
        assertThat(EvalCommand.isName("He")).isFalse();
        assertThat(EvalCommand.overlap(5, 15, new int[][] {{0, 10}, {12, 20}})).isEqualTo(8);
    }

    @Test
    void aValueJustUnderItsTargetIsNotShownAsMeetingIt() {
        assertThat(EvalCommand.ratio(606, 638)).isEqualTo("0.949"); // 0.94984
        assertThat(EvalCommand.ratio(607, 638)).isEqualTo("0.951");
        assertThat(EvalCommand.ratio(1, 1)).isEqualTo("1.000");
        assertThat(EvalCommand.ratio(0, 0)).isEqualTo("0.000");
    }

    @Test
    void aMissingSplitIsAClearError(@TempDir Path dir) {
        int code = EvalCommand.run(new String[] {"--polnear", dir.resolve("nope").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a PolNeAR split");
    }

    @Test
    void theSeedsGoldScoresFullMarks() throws IOException {
        int code = EvalCommand.run(new String[] {"--seeds", "../seeds"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("| quote recall (direct+partial) | 1.000 |")
                .contains("| quote speaker right (of gold quotes) | 1.000 |")
                .contains("| claims from captions, banners or the page copy | 0 | 0 | |");
    }
}
