package io.claimtracker.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSpanTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a000000000000004:280-420 | a000000000000004 | 280 | 420",
            "a:b:1-2 | a:b | 1 | 2",
            "a000000000000004 | - | 0 | 0",
            "a000000000000004:x-9 | - | 0 | 0",
            ":1-2 | - | 0 | 0"})
    void readsTheSpanOfAnAppearanceId(String appearanceId, String articleId, int start, int end) {
        ArticleSpan span = ArticleSpan.parse(appearanceId);

        assertThat(span).isEqualTo(articleId == null ? null : new ArticleSpan(articleId, start, end));
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"280, 420, true", "300, 400, true", "279, 300, false", "400, 421, false"})
    void holdsSpansWithinItInTheSameArticle(int start, int end, boolean held) {
        ArticleSpan reply = new ArticleSpan("a", 280, 420);

        assertThat(reply.holds(new ArticleSpan("a", start, end))).isEqualTo(held);
        assertThat(reply.holds(new ArticleSpan("b", start, end))).isFalse();
    }
}
