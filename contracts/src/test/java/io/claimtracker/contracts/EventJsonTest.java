package io.claimtracker.contracts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EventJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void articleReceivedRoundTripsAndLeavesOutAbsentFields() {
        var article = new ArticleReceived(1, "a9c63f8d956603be", "https://example.com/a", "The Sun", "MI6",
                "2023-07-19T21:59:00Z", "en", "He said: “Our door is always open.”", null,
                Instant.parse("2023-07-20T08:00:00Z"));

        String text = json.writeValueAsString(article);

        assertThat(text).doesNotContain("html").contains("\"receivedAt\":\"2023-07-20T08:00:00Z\"");
        assertThat(json.readValue(text, ArticleReceived.class)).isEqualTo(article);
    }

    @Test
    void foreignProducersMayOmitIdVersionAndUnknownFieldsAreIgnored() {
        var article = json.readValue("{\"text\":\"Moore said so.\",\"source\":\"rss\"}", ArticleReceived.class);

        assertThat(article.schemaVersion()).isZero();
        assertThat(article.articleId()).isNull();
        var identified = article.withIdentity(Instant.EPOCH);
        assertThat(identified.articleId()).isEqualTo(ArticleIds.of(null, "Moore said so.", null));
        assertThat(identified.schemaVersion()).isEqualTo(ArticleReceived.SCHEMA_VERSION);
        assertThat(identified.receivedAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void claimChangedRoundTrips() {
        var changed = new ClaimChanged(1, "c1", ClaimChanged.Change.GREW, "Our door is always open.", "direct",
                "s1", "Richard Moore", "a1", "UPI", Instant.parse("2023-07-19T12:00:00Z"), Instant.EPOCH);

        String text = json.writeValueAsString(changed);

        assertThat(text).contains("\"change\":\"GREW\"");
        assertThat(json.readValue(text, ClaimChanged.class)).isEqualTo(changed);
    }
}
