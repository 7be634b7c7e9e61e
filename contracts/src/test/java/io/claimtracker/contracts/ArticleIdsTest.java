package io.claimtracker.contracts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdsTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.example.com/news/mi6/, http://example.com/news/mi6",
            "https://example.com/a?utm_source=x&id=3#comments, https://EXAMPLE.com/a?id=3",
            "https://example.com:443/a?b=2&a=1, https://example.com/a?a=1&b=2",
    })
    void sameArticleUnderDifferentUrlFormsHasOneId(String one, String other) {
        assertThat(ArticleIds.of(one, "x", null)).isEqualTo(ArticleIds.of(other, "y", null));
    }

    @Test
    void differentUrlsGiveDifferentIds() {
        assertThat(ArticleIds.of("https://example.com/a", "x", null))
                .isNotEqualTo(ArticleIds.of("https://example.com/b", "x", null));
    }

    @Test
    void withoutUrlTheTextDecidesUpToWhitespace() {
        assertThat(ArticleIds.of(null, "Our door\n is  always open. ", null))
                .isEqualTo(ArticleIds.of("", "Our door is always open.", null))
                .isNotEqualTo(ArticleIds.of(null, "Our door is never open.", null))
                .hasSize(16)
                .matches("[0-9a-f]{16}");
    }
}
