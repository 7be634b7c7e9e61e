package io.claimtracker.extract;

import io.claimtracker.contracts.AppearancesAttributed;
import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.store.TimeSource;
import io.claimtracker.extract.engine.ClaimExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleProcessorTest {

    private static final Instant RECEIVED = Instant.parse("2023-07-20T08:00:00Z");
    private static final String TEXT = "The spy chief spoke in Prague.\n\n"
            + "Richard Moore, the head of MI6, said: “Our door is always open.”\n";

    private final ArticleProcessor processor = new ArticleProcessor(new ClaimExtractor(), JsonMapper.builder().build());

    private static ArticleReceived article(String url, String outlet, String publishedAt, String text) {
        return new ArticleReceived(0, null, url, outlet, null, publishedAt, null, text, null, null);
    }

    private ProcessedArticle process(ArticleReceived article) {
        return processor.process(article, RECEIVED, SpeakerDirectory.NONE);
    }

    private static String slice(String text, int start, int end) {
        return text.codePoints().skip(start).limit(end - start)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void groupsAppearancesBySpeakerWithDeterministicIdsAndStatementsThatAreSlicesOfTheText() {
        var first = process(article(null, null, null, TEXT));
        var again = processor.process(article(null, null, null, TEXT), RECEIVED.plusSeconds(60), SpeakerDirectory.NONE);

        assertThat(again.article().id()).isEqualTo(first.article().id());
        assertThat(first.attributions()).singleElement().satisfies(attributed -> {
            assertThat(attributed.speakerName()).isEqualTo("Richard Moore");
            assertThat(attributed.speakerKey()).isEqualTo(attributed.speakerId()).startsWith("sp-");
            assertThat(attributed.appearances()).isNotEmpty().allSatisfy(appearance -> {
                assertThat(appearance.appearanceId()).startsWith(first.article().id() + ":");
                assertThat(appearance.statements()).isNotEmpty().allSatisfy(statement ->
                        assertThat(slice(TEXT, statement.start(), statement.end())).isEqualTo(statement.text()));
            });
        });
        assertThat(again.attributions()).isEqualTo(first.attributions().stream()
                .map(a -> new AppearancesAttributed(a.schemaVersion(), a.speakerKey(), a.speakerId(), a.speakerName(),
                        a.articleId(), a.url(), a.outlet(), a.publishedAt(), RECEIVED.plusSeconds(60), a.timeSource(),
                        a.appearances(), null))
                .toList());
        assertThat(first.speakers()).singleElement().satisfies(speaker -> {
            assertThat(speaker.name()).isEqualTo("Richard Moore");
            assertThat(speaker.descriptions()).contains("the head of MI6");
        });
    }

    @Test
    void usesThePublicationTimeGivenElseThePagesElseTheRecordTimeAndSaysWhich() {
        var given = process(article(null, null, "2023-07-19T21:59:00+01:00", TEXT)).article();
        var onPage = process(article(null, null, null, "2023-07-19 21:59\n\n" + TEXT)).article();
        var received = process(article(null, null, null, TEXT)).article();

        assertThat(given.timeSource()).isEqualTo(TimeSource.GIVEN);
        assertThat(given.seenAt()).isEqualTo(Instant.parse("2023-07-19T20:59:00Z"));
        assertThat(onPage.timeSource()).isEqualTo(TimeSource.PAGE);
        assertThat(onPage.seenAt()).isEqualTo(Instant.parse("2023-07-19T21:59:00Z"));
        assertThat(received.timeSource()).isEqualTo(TimeSource.RECEIVED);
        assertThat(received.seenAt()).isEqualTo(RECEIVED);
        assertThat(received.publishedAt()).isNull();
    }

    @Test
    void aWireDatelineWithoutAYearIsTheLatestSuchDayBeforeTheArticleArrived() {
        var article = process(article(null, null, null, "July 19 (UPI) -- " + TEXT)).article();
        var nextJanuary = processor.process(article(null, null, null, "July 19 (UPI) -- " + TEXT),
                Instant.parse("2024-01-03T00:00:00Z"), SpeakerDirectory.NONE).article();

        assertThat(article.timeSource()).isEqualTo(TimeSource.PAGE);
        assertThat(article.seenAt()).isEqualTo(Instant.parse("2023-07-19T00:00:00Z"));
        assertThat(nextJanuary.seenAt()).isEqualTo(Instant.parse("2023-07-19T00:00:00Z"));
    }

    @Test
    void aWeekdayInTheDatelineSentenceTellsTheYear() {
        // March 4 was a Friday in 2022 (and a Wednesday in 2026, the year it arrives)
        var article = processor.process(article(null, null, null,
                        "March 4 (UPI) -- The minister on Friday said the talks would go on.\n\n" + TEXT),
                Instant.parse("2026-05-01T00:00:00Z"), SpeakerDirectory.NONE).article();

        assertThat(article.timeSource()).isEqualTo(TimeSource.PAGE);
        assertThat(article.seenAt()).isEqualTo(Instant.parse("2022-03-04T00:00:00Z"));
    }

    @Test
    void theOutletIsGivenOrTakenFromTheUrl() {
        assertThat(process(article("https://www.upi.com/a", null, null, TEXT)).article().outlet()).isEqualTo("upi.com");
        assertThat(process(article("https://www.upi.com/a", "UPI", null, TEXT)).article().outlet()).isEqualTo("UPI");
    }

    @Test
    void rejectsWhatIngestWouldRejectNamingTheField() {
        assertThatThrownBy(() -> process(article(null, null, "yesterday", " ")))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("text")
                .hasMessageContaining("publishedAt");
        assertThatThrownBy(() -> process(null)).isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void readsTheRecordBytesAndRejectsWhatIsNotAnArticlesJson() {
        byte[] json = "{\"text\": \"“Our door is always open,” said Richard Moore.\", \"via\": \"rss\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(processor.process(json, RECEIVED, SpeakerDirectory.NONE).attributions()).isNotEmpty();
        assertThatThrownBy(() -> processor.process("{not json".getBytes(), RECEIVED, SpeakerDirectory.NONE))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("not an article's JSON");
        assertThatThrownBy(() -> processor.process(new byte[0], RECEIVED, SpeakerDirectory.NONE))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("no value");
    }

    @Test
    void aDescriptionTheArticleLeavesOpenIsResolvedThroughWhatEarlierArticlesTaught() {
        String text = "The spy chief spoke in Prague.\n\n“Our door is always open,” the head of MI6 said.\n";
        SpeakerDirectory directory = mention -> mention.toLowerCase().contains("head of mi6")
                ? Optional.of(new SpeakerDirectory.Known("sp-moore", "Richard Moore")) : Optional.empty();

        var unresolved = process(article(null, null, null, text));
        var resolved = processor.process(article(null, null, null, text), RECEIVED, directory);

        assertThat(unresolved.attributions()).singleElement().satisfies(a -> {
            assertThat(a.speakerId()).isNull();
            assertThat(a.speakerName()).isEqualTo("the head of MI6");
            assertThat(a.speakerKey()).isEqualTo("pending:head of mi6");
        });
        assertThat(resolved.attributions()).singleElement().satisfies(a -> {
            assertThat(a.speakerId()).isEqualTo("sp-moore");
            assertThat(a.speakerName()).isEqualTo("Richard Moore");
        });
    }

    @Test
    void anIndefiniteSourceStaysUnnamedAndScopedToItsArticle() {
        String text = "Talks went on late.\n\n“The deal is close,” a security official said.\n";

        var processed = process(article(null, null, null, text));

        assertThat(processed.attributions()).singleElement().satisfies(a -> {
            assertThat(a.speakerId()).isNull();
            assertThat(a.speakerKey()).startsWith("unnamed:" + processed.article().id());
        });
    }

    @Test
    void aQuoteInsideAQuoteKnowsTheRelayingAppearance() {
        String text = "Richard Moore spoke in Prague.\n\n“Yevgeny Prigozhin demolished the whole charade when he said, "
                + "and I quote: ‘The oligarchic clan that rules Russia needed the war,’” Moore said.\n";

        var processed = process(article(null, null, null, text));

        var relayed = processed.attributions().stream().flatMap(a -> a.appearances().stream())
                .filter(a -> a.reportedBy() != null).toList();
        assertThat(relayed).isNotEmpty().allSatisfy(a -> {
            assertThat(a.reportedBy()).isEqualTo("Richard Moore");
            assertThat(a.relayedIn()).isNotNull().startsWith(processed.article().id() + ":");
        });
    }

    @Test
    void paragraphsFingerprintTheBodyWhateverSurroundsIt() {
        String body = "The head of the agency said on Wednesday that many people are watching the war with growing "
                + "horror and shame.\n\nHe added that the door of his service was always open to all of them, "
                + "whoever they were.\n";

        assertThat(ArticleProcessor.bodyKeys("Home | News\nAdvertisement\n" + body + "Read more\n"))
                .hasSize(2).isEqualTo(ArticleProcessor.bodyKeys("SITE BANNER\n\n" + body));
    }

    @ParameterizedTest
    @CsvSource({
            "Moore, false", "Sir Richard, false", "Col Kemp, false", "Ursula von der Leyen, false",
            "Ukraine's State Border Service, false",
            "The head of MI6, true", "the spy chief, true", "Ex-Army officer Col Richard Kemp, true",
            "a security official, true", "An MI6 spokesman, true"})
    void otherNamesAreAliasesAndRolesAreDescriptions(String mention, boolean description) {
        assertThat(ArticleProcessor.isDescription(mention)).isEqualTo(description);
    }

    @Test
    void anArticleWithoutQuotesContributesNothingButItself() {
        var processed = process(article(null, null, null, "Markets were calm on Tuesday."));

        assertThat(processed.attributions()).isEmpty();
        assertThat(processed.speakers()).isEmpty();
        assertThat(processed.article().text()).isEqualTo("Markets were calm on Tuesday.");
    }
}
