package io.claimtracker.extract;

import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.ArticleValidator;
import io.claimtracker.contracts.FieldError;
import io.claimtracker.contracts.PublicationTimes;
import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredArticle;
import io.claimtracker.contracts.store.TimeSource;
import io.claimtracker.extract.ProcessedArticle.ClaimContribution;
import io.claimtracker.extract.ProcessedArticle.SpeakerContribution;
import io.claimtracker.extract.engine.ClaimExtractor;
import io.claimtracker.extract.engine.ExtractedClaim;
import io.claimtracker.extract.engine.Extraction;
import io.claimtracker.extract.engine.SpeakerMention;
import io.claimtracker.extract.engine.Span;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one received article into what it contributes to the store: validates it exactly as ingest does, runs
 * the engine, and gives every appearance, claim and speaker its deterministic id. Pure: no I/O.
 */
class ArticleProcessor {

    private static final Pattern DETERMINER = Pattern.compile("^(?i:the|a|an)\\b");
    /** A determiner, or a word starting lower-case other than a name particle (de, van, bin...). */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "^(?i:the|a|an)\\b|(^|\\s)(?!(?:de|da|di|del|der|van|von|bin|al|la|le)\\s)\\p{Ll}");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "him", "her", "them");

    private final ClaimExtractor extractor;
    private final JsonMapper json;

    ArticleProcessor(ClaimExtractor extractor, JsonMapper json) {
        this.extractor = extractor;
        this.json = json;
    }

    /**
     * @param value      the record's bytes: the JSON of an {@link ArticleReceived}
     * @param recordTime the Kafka record's timestamp
     * @throws InvalidArticleException when the bytes are not an article's JSON or the article is not valid
     */
    ProcessedArticle process(byte[] value, Instant recordTime) {
        if (value == null || value.length == 0) {
            throw new InvalidArticleException(List.of(new FieldError("", "the record has no value")));
        }
        ArticleReceived received;
        try {
            received = json.readValue(value, ArticleReceived.class);
        } catch (JacksonException e) {
            throw new InvalidArticleException(List.of(new FieldError("", "not an article's JSON: "
                    + e.getOriginalMessage())));
        }
        return process(received, recordTime);
    }

    /**
     * @param recordTime the Kafka record's timestamp: the receive time of articles that carry none, so a
     *                   replay of the same record derives the same article
     * @throws InvalidArticleException when the article is not valid
     */
    ProcessedArticle process(ArticleReceived received, Instant recordTime) {
        if (received == null) {
            throw new InvalidArticleException(List.of(new FieldError("", "the record has no value")));
        }
        ArticleReceived article = received.withIdentity(recordTime);
        List<FieldError> errors = ArticleValidator.validate(article);
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        Extraction extraction = article.text() != null && !article.text().isBlank()
                ? extractor.extract(article.text())
                : extractor.extractHtml(article.html());

        Instant publishedAt = article.publishedAt() == null ? null : PublicationTimes.parse(article.publishedAt());
        TimeSource timeSource = publishedAt != null ? TimeSource.GIVEN : TimeSource.RECEIVED;
        Instant seenAt = publishedAt != null ? publishedAt : article.receivedAt();
        String outlet = outletOf(article);

        List<StoredAppearance> appearances = new ArrayList<>();
        Map<String, ClaimContribution> claims = new LinkedHashMap<>();
        Map<String, SpeakerBuilder> speakers = new LinkedHashMap<>();
        for (ExtractedClaim claim : extraction.claims()) {
            SpeakerMention mention = claim.speaker();
            Speaker speaker = Speaker.of(mention);
            if (speaker.id() != null) {
                speakers.computeIfAbsent(speaker.id(), id -> new SpeakerBuilder(speaker.name())).saw(mention.mention());
            }
            String wording = wording(claim, extraction.text());
            String claimId = Identities.claimId(speaker.key(), wording);
            var appearance = new StoredAppearance(Identities.appearanceId(article.articleId(), claim.start(), claim.end()),
                    article.articleId(), article.url(), outlet, publishedAt, seenAt, timeSource, claim.text(),
                    claim.start(), claim.end(), claim.kind().label(), claim.cue(),
                    mention == null ? null : mention.mention(), speaker.id(), speaker.name(), claim.reportedBy(),
                    claimId, claim.confidence());
            appearances.add(appearance);
            claims.computeIfAbsent(claimId, id -> new ClaimContribution(id, wording, claim.kind().label(),
                    speaker.id(), speaker.name(), new ArrayList<>())).appearances().add(appearance);
        }

        var stored = new StoredArticle(article.articleId(), article.url(), outlet, article.title(), article.language(),
                publishedAt, article.receivedAt(), seenAt, timeSource, extraction.text(), appearances, null, List.of());
        List<SpeakerContribution> speakerContributions = speakers.entrySet().stream()
                .map(e -> e.getValue().build(e.getKey(), seenAt))
                .toList();
        return new ProcessedArticle(stored, List.copyOf(claims.values()), speakerContributions);
    }

    /**
     * What the speaker said: the span, or for a quotation split by its attribution ("“A,” he said, “B.”") its
     * quoted parts joined, so the wording holds no words of the reporter's.
     */
    static String wording(ExtractedClaim claim, String text) {
        if (claim.parts().isEmpty()) {
            return claim.text();
        }
        StringBuilder wording = new StringBuilder();
        for (Span part : claim.parts()) {
            int from = text.offsetByCodePoints(0, part.start());
            int to = text.offsetByCodePoints(from, part.end() - part.start());
            wording.append(wording.isEmpty() ? "" : " ").append(text, from, to);
        }
        return wording.toString();
    }

    /** The outlet as given, else the site the URL names. */
    private static String outletOf(ArticleReceived article) {
        if (article.outlet() != null && !article.outlet().isBlank()) {
            return article.outlet().strip();
        }
        if (article.url() == null) {
            return null;
        }
        String host = URI.create(article.url().strip()).getHost();
        return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }

    /**
     * Whether a mention describes a speaker rather than naming it: another name ("Moore", "Sir Richard",
     * "Col Kemp") is an alias; a determiner or a lower-case word ("the head of MI6", "Ex-Army officer Col Richard
     * Kemp") makes it a description. Name particles (de, van, bin...) stay names.
     */
    static boolean isDescription(String mention) {
        return DESCRIPTION.matcher(mention).find();
    }

    /**
     * Who a claim belongs to: a named speaker has an id; an unnamed source ("a security official") keeps its
     * description as name but no id, so it is never merged into a person; {@code key} scopes the claim id.
     */
    private record Speaker(String id, String name, String key) {

        static Speaker of(SpeakerMention mention) {
            if (mention == null || mention.name() == null || mention.name().isBlank()) {
                return new Speaker(null, null, "unattributed");
            }
            if (!mention.named()) {
                return new Speaker(null, mention.name(), "unnamed|" + Identities.words(mention.name()));
            }
            String id = Identities.speakerId(mention.name());
            return new Speaker(id, mention.name(), id);
        }
    }

    /** Collects how one article names one speaker: other names become aliases, "the head of MI6" a description. */
    private static final class SpeakerBuilder {
        private final String name;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final Set<String> descriptions = new LinkedHashSet<>();

        SpeakerBuilder(String name) {
            this.name = name;
        }

        void saw(String mention) {
            if (mention == null || mention.isBlank()) {
                return;
            }
            String m = mention.strip().replace('\u00a0', ' ');
            if (m.equals(name) || PRONOUNS.contains(m.toLowerCase(Locale.ROOT))) {
                return;
            }
            if (isDescription(m)) {
                descriptions.add(DETERMINER.matcher(m).replaceFirst(d -> d.group().toLowerCase(Locale.ROOT)));
            } else {
                aliases.add(m);
            }
        }

        SpeakerContribution build(String id, Instant seenAt) {
            return new SpeakerContribution(id, name, List.copyOf(aliases), List.copyOf(descriptions), seenAt);
        }
    }
}
