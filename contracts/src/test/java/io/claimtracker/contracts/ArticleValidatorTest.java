package io.claimtracker.contracts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleValidatorTest {

    private static ArticleReceived article(String url, String publishedAt, String language, String text, String html) {
        return new ArticleReceived(0, null, url, null, null, publishedAt, language, text, html, null);
    }

    @Test
    void aTextIsEnough() {
        assertThat(ArticleValidator.validate(article(null, null, null, "Moore said so.", null))).isEmpty();
        assertThat(ArticleValidator.validate(article(null, null, null, null, "<p>Moore said so.</p>"))).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        var errors = ArticleValidator.validate(article("ftp:/x", "19/07/2023", "English!", "  ", null));

        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("text", "publishedAt", "url", "language");
        assertThat(errors).filteredOn(e -> e.field().equals("publishedAt"))
                .singleElement().extracting(FieldError::message).asString().contains("19/07/2023", "ISO-8601");
    }

    @Test
    void tooLongBodiesAreRejected() {
        var errors = ArticleValidator.validate(
                article(null, null, null, "x".repeat(ArticleValidator.MAX_BODY_CHARS + 1), null));

        assertThat(errors).singleElement().extracting(FieldError::field).isEqualTo("text");
    }

    @Test
    void publicationTimesInCommonFormsAreRead() {
        assertThat(PublicationTimes.parse("2023-07-19T21:59:00Z")).isEqualTo(Instant.parse("2023-07-19T21:59:00Z"));
        assertThat(PublicationTimes.parse("2023-07-19T22:59:00+01:00")).isEqualTo(Instant.parse("2023-07-19T21:59:00Z"));
        assertThat(PublicationTimes.parse("2023-07-19T21:59")).isEqualTo(Instant.parse("2023-07-19T21:59:00Z"));
        assertThat(PublicationTimes.parse("2023-07-19")).isEqualTo(Instant.parse("2023-07-19T00:00:00Z"));
        assertThat(PublicationTimes.parse("Wed, 19 Jul 2023 21:59:00 GMT")).isEqualTo(Instant.parse("2023-07-19T21:59:00Z"));
    }
}
