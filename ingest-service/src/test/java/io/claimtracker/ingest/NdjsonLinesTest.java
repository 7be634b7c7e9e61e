package io.claimtracker.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NdjsonLinesTest {

    @Test
    void splitsLinesDropsCarriageReturnsAndKeepsOffsets() throws Exception {
        List<NdjsonLines.Line> lines = all("{\"a\":1}\r\n\n  \n{\"b\":“2”}", 100, Long.MAX_VALUE);

        assertThat(lines).extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8))
                .containsExactly("{\"a\":1}", "", "  ", "{\"b\":“2”}");
        assertThat(lines).extracting(NdjsonLines.Line::number).containsExactly(1, 2, 3, 4);
        assertThat(lines).extracting(NdjsonLines.Line::offset).containsExactly(0L, 9L, 10L, 13L);
        assertThat(lines).extracting(NdjsonLines.Line::blank).containsExactly(false, true, true, false);
    }

    @Test
    void aLineOverTheLimitIsSkippedAndTheNextOneStillRead() throws Exception {
        String longLine = "x".repeat(200_000);
        List<NdjsonLines.Line> lines = all("{}\n" + longLine + "\n{\"c\":3}\n", 1000, Long.MAX_VALUE);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).tooLong()).isTrue();
        assertThat(lines.get(1).length()).isEqualTo(200_000);
        assertThat(new String(lines.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"c\":3}");
    }

    @Test
    void aStreamOverItsLimitStopsAtTheLineThatCrossesIt() {
        String body = "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n";

        assertThatThrownBy(() -> all(body, 100, 20))
                .isInstanceOfSatisfying(NdjsonLines.StreamTooLarge.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void anEmptyStreamHasNoLines() throws Exception {
        assertThat(all("", 10, 10)).isEmpty();
    }

    private static List<NdjsonLines.Line> all(String body, int maxLine, long maxStream) throws Exception {
        NdjsonLines reader = new NdjsonLines(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), maxLine,
                maxStream);
        List<NdjsonLines.Line> lines = new ArrayList<>();
        for (NdjsonLines.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }
}
