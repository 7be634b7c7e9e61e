package io.claimtracker.extract;

import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.store.TimeSource;
import io.claimtracker.extract.engine.ClaimExtractor;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleProcessorTest {

    private static final Instant RECEIVED = Instant.parse("2023-07-20T08:00:00Z");
    private static final String TEXT = "The spy chief spoke in Prague.\n\n"
            + "“Our door is always open,” said Richard Moore, the head of MI6.\n";

    private final ArticleProcessor processor = new ArticleProcessor(new ClaimExtractor(), tools.jackson.databind.json.JsonMapper.builder().build());

    private static ArticleReceived article(String url, String outlet, String publishedAt, String text) {
        return new ArticleReceived(0, null, url, outlet, null, publishedAt, null, text, null, null);
    }

    @Test
    void givesDeterministicIdsToArticleClaimsAndSpeakers() {
        var first = processor.process(article(null, null, null, TEXT), RECEIVED);
        var again = processor.process(article(null, null, null, TEXT), RECEIVED.plusSeconds(60));

        assertThat(first.claims()).isNotEmpty();
        assertThat(again.article().id()).isEqualTo(first.article().id());
        assertThat(again.claims()).extracting(ProcessedArticle.ClaimContribution::claimId)
                .containsExactlyElementsOf(first.claims().stream().map(ProcessedArticle.ClaimContribution::claimId).toList());
        assertThat(first.speakers()).extracting(ProcessedArticle.SpeakerContribution::name).contains("Richard Moore");
        var appearance = first.article().appearances().get(0);
        assertThat(appearance.appearanceId()).startsWith(first.article().id() + ":");
        assertThat(TEXT.codePoints().skip(appearance.start()).limit(appearance.end() - appearance.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo(appearance.text());
    }

    @Test
    void usesThePublicationTimeWhenGivenElseTheRecordTimeAndSaysWhich() {
        var given = processor.process(article(null, null, "2023-07-19T21:59:00+01:00", TEXT), RECEIVED).article();
        var received = processor.process(article(null, null, null, TEXT), RECEIVED).article();

        assertThat(given.timeSource()).isEqualTo(TimeSource.GIVEN);
        assertThat(given.seenAt()).isEqualTo(Instant.parse("2023-07-19T20:59:00Z"));
        assertThat(received.timeSource()).isEqualTo(TimeSource.RECEIVED);
        assertThat(received.seenAt()).isEqualTo(RECEIVED);
        assertThat(received.publishedAt()).isNull();
    }

    @Test
    void theOutletIsGivenOrTakenFromTheUrl() {
        assertThat(processor.process(article("https://www.upi.com/a", null, null, TEXT), RECEIVED).article().outlet())
                .isEqualTo("upi.com");
        assertThat(processor.process(article("https://www.upi.com/a", "UPI", null, TEXT), RECEIVED).article().outlet())
                .isEqualTo("UPI");
    }

    @Test
    void rejectsWhatIngestWouldRejectNamingTheField() {
        assertThatThrownBy(() -> processor.process(article(null, null, "yesterday", " "), RECEIVED))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("text")
                .hasMessageContaining("publishedAt");
        assertThatThrownBy(() -> processor.process((ArticleReceived) null, RECEIVED))
                .isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void readsTheRecordBytesAndRejectsWhatIsNotAnArticlesJson() {
        byte[] json = "{\"text\": \"“Our door is always open,” said Richard Moore.\", \"via\": \"rss\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(processor.process(json, RECEIVED).claims()).isNotEmpty();
        assertThatThrownBy(() -> processor.process("{not json".getBytes(), RECEIVED))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("not an article's JSON");
        assertThatThrownBy(() -> processor.process(new byte[0], RECEIVED))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("no value");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "Moore, false", "Sir Richard, false", "Col Kemp, false", "Ursula von der Leyen, false",
            "Ukraine's State Border Service, false",
            "The head of MI6, true", "the spy chief, true", "Ex-Army officer Col Richard Kemp, true",
            "a security official, true", "An MI6 spokesman, true"})
    void otherNamesAreAliasesAndRolesAreDescriptions(String mention, boolean description) {
        assertThat(ArticleProcessor.isDescription(mention)).isEqualTo(description);
    }

    @Test
    void aQuotationSplitByItsAttributionIsOneClaimWithoutTheReportersWords() {
        String text = "Richard Moore spoke in Prague. “He should have realized, I am sure, that something is rotten,” "
                + "quoting Hamlet, “and he had to break this deal.”\n";

        var claims = processor.process(article(null, null, null, text), RECEIVED).claims();

        assertThat(claims).filteredOn(c -> c.text().contains("rotten")).singleElement().satisfies(claim -> {
            assertThat(claim.text()).contains("something is rotten").contains("break this deal")
                    .doesNotContain("quoting Hamlet");
            assertThat(claim.appearances()).singleElement().extracting(a -> a.text()).asString()
                    .contains("quoting Hamlet");
        });
    }

    @Test
    void anArticleWithoutQuotesContributesNoClaims() {
        var processed = processor.process(article(null, null, null, "Markets were calm on Tuesday."), RECEIVED);

        assertThat(processed.claims()).isEmpty();
        assertThat(processed.speakers()).isEmpty();
        assertThat(processed.article().text()).isEqualTo("Markets were calm on Tuesday.");
    }
}
