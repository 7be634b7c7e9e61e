package io.claimtracker.ingest;

import io.claimtracker.contracts.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubmittedArticleTest {

    @Test
    void readsThePublicFieldsAndIgnoresTheRest() {
        SubmittedArticle read = SubmittedArticle.fromJson("""
                {"url": "https://example.com/a", "outlet": "UPI", "title": "MI6", "publishedAt": "2023-07-19",
                 "language": "en", "text": "Moore said so.", "html": null,
                 "articleId": "chosen-by-the-sender", "receivedAt": "2020-01-01T00:00:00Z", "tags": ["spy"]}""",
                false);

        assertThat(read.errors()).isEmpty();
        assertThat(read.article().url()).isEqualTo("https://example.com/a");
        assertThat(read.article().outlet()).isEqualTo("UPI");
        assertThat(read.article().publishedAt()).isEqualTo("2023-07-19");
        assertThat(read.article().text()).isEqualTo("Moore said so.");
        assertThat(read.article().html()).isNull();
        assertThat(read.article().articleId()).as("ingest derives ids itself").isNull();
        assertThat(read.article().receivedAt()).isNull();
    }

    @Test
    void malformedJsonSaysWhere() {
        SubmittedArticle read = SubmittedArticle.fromJson("{\n  \"text\": \"a\",\n  \"title\" \"b\"\n}", false);

        assertThat(read.readable()).isFalse();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.message()).startsWith("is not valid JSON at line 3, column 11:");
        });
    }

    @Test
    void onOneNdjsonLineOnlyTheColumnIsGiven() {
        SubmittedArticle read = SubmittedArticle.fromJson("{\"text\": \"a\",}", true);

        assertThat(read.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("is not valid JSON at column 14:"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        SubmittedArticle read = SubmittedArticle.fromJson("{\"text\": \"a\", \"title\": 42, \"url\": [\"x\"]}",
                false);

        assertThat(read.errors()).containsExactly(new FieldError("url", "must be a string, not an array"),
                new FieldError("title", "must be a string, not a number"));
    }

    @Test
    void trailingContentAndRepeatedFieldsAreRefused() {
        assertThat(SubmittedArticle.fromJson("{\"text\": \"a\"}\n{\"text\": \"b\"}", false).errors())
                .singleElement().satisfies(e -> assertThat(e.message())
                        .isEqualTo("is not valid JSON at line 2, column 1: more content after the article "
                                + "object (send several articles as application/x-ndjson, one per line)"));
        assertThat(SubmittedArticle.fromJson("{\"text\": \"a\", \"text\": \"b\"}", false).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).contains("text"));
    }

    @Test
    void theBodyMustBeAnObject() {
        assertThat(SubmittedArticle.fromJson("[{\"text\": \"a\"}]", false).errors())
                .containsExactly(new FieldError("body", "must be a JSON object with text or html, not an array"));
        assertThat(SubmittedArticle.fromJson("", false).errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void anArrayFileGivesOneArticleOrProblemPerElement() {
        List<SubmittedArticle> read = SubmittedArticle.fromJsonObjectOrArray("[{\"text\": \"a\"}, 7, {\"html\": \"<p>b\"}]");

        assertThat(read).hasSize(3);
        assertThat(read.get(0).article().text()).isEqualTo("a");
        assertThat(read.get(1).errors()).containsExactly(
                new FieldError("[1]", "must be a JSON object with text or html, not a number"));
        assertThat(read.get(2).article().html()).isEqualTo("<p>b");
    }
}
