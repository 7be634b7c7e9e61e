package io.claimtracker.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Utf8TextTest {

    @Test
    void decodesUtf8AndDropsAByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFF{\"text\":\"Moore: “pulverising”\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8Text.decode(bytes)).isEqualTo("{\"text\":\"Moore: “pulverising”\"}");
    }

    @Test
    void namesTheFirstByteThatIsNotUtf8() {
        byte[] latin1 = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Utf8Text.decode(latin1))
                .isInstanceOfSatisfying(Utf8Text.NotUtf8.class, e -> {
                    assertThat(e.offset()).isEqualTo(12);
                    assertThat(e.sequence()).isEqualTo("E9");
                })
                .hasMessageContaining("byte 12 (0xE9)");
    }

    @Test
    void aSequenceCutShortAtTheEndIsNotUtf8() {
        byte[] cut = {'a', 'b', (byte) 0xE2, (byte) 0x80};

        assertThatThrownBy(() -> Utf8Text.decode(cut))
                .isInstanceOfSatisfying(Utf8Text.NotUtf8.class, e -> assertThat(e.offset()).isEqualTo(2));
    }

    @Test
    void offsetsCountFromTheStartOfTheRange() {
        byte[] bytes = "ok\nbad\u00ff".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Utf8Text.decode(bytes, 3, bytes.length))
                .isInstanceOfSatisfying(Utf8Text.NotUtf8.class, e -> assertThat(e.offset()).isEqualTo(3));
    }
}
