package io.claimtracker.extract;

import io.claimtracker.contracts.AppearancesAttributed;
import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.ArticleValidator;
import io.claimtracker.contracts.FieldError;
import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredArticle;
import io.claimtracker.extract.ProcessedArticle.SpeakerContribution;
import io.claimtracker.extract.claims.Statements;
import io.claimtracker.extract.engine.ClaimExtractor;
import io.claimtracker.extract.engine.ExtractedClaim;
import io.claimtracker.extract.engine.Extraction;
import io.claimtracker.extract.engine.SpeakerMention;
import io.claimtracker.extract.engine.SpeakerProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one received article into what it contributes: validates it exactly as ingest does, runs the engine,
 * gives every appearance and speaker its deterministic id, cuts appearances into statements and groups them by
 * speaker for clustering. Pure apart from the {@link SpeakerDirectory} it is given.
 */
class ArticleProcessor {

    private static final Pattern DETERMINER = Pattern.compile("^(?i:the|a|an)\\b");
    /** A determiner, or a word starting lower-case other than a name particle (de, van, bin...). */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "^(?i:the|a|an)\\b|(^|\\s)(?!(?:de|da|di|del|der|van|von|bin|al|la|le)\\s)\\p{Ll}");
    private static final Pattern DEFINITE = Pattern.compile("^(?i:the)\\s");
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*");
    private static final int BODY_PARAGRAPH_WORDS = 12;
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
    ProcessedArticle process(byte[] value, Instant recordTime, SpeakerDirectory directory) {
        return process(read(value), recordTime, directory);
    }

    /** @throws InvalidArticleException when the bytes are not an article's JSON */
    ArticleReceived read(byte[] value) {
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
        if (received == null) {
            throw new InvalidArticleException(List.of(new FieldError("", "the record has no value")));
        }
        return received;
    }

    /**
     * @param recordTime the Kafka record's timestamp: the receive time of articles that carry none, so a
     *                   replay of the same record derives the same article
     * @param directory  who earlier articles said the mentions this article leaves unresolved are
     * @throws InvalidArticleException when the article is not valid
     */
    ProcessedArticle process(ArticleReceived received, Instant recordTime, SpeakerDirectory directory) {
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
        ArticleTime time = ArticleTime.of(article, extraction.published());
        String outlet = outletOf(article);
        String articleId = article.articleId();

        List<StoredAppearance> appearances = new ArrayList<>();
        Map<String, Attribution> attributions = new LinkedHashMap<>();
        for (ExtractedClaim claim : extraction.claims()) {
            SpeakerMention mention = claim.speaker();
            String mentioned = mention == null ? null : mention.mention();
            String appearanceId = Identities.appearanceId(articleId, claim.start(), claim.end());
            Speaker speaker = Speaker.of(mention, articleId, directory.firstAttribution(appearanceId)
                    .<SpeakerDirectory>map(first -> first.speakerId() == null
                            ? SpeakerDirectory.NONE
                            : m -> java.util.Optional.of(first))
                    .orElse(directory));
            appearances.add(new StoredAppearance(appearanceId, articleId, article.url(), outlet, time.publishedAt(),
                    time.seenAt(), time.source(), claim.text(), claim.start(), claim.end(), claim.kind().label(),
                    claim.cue(), mentioned, speaker.id(), speaker.name(), claim.reportedBy(), null,
                    claim.confidence()));
            List<AppearancesAttributed.Statement> statements = Statements.of(claim, extraction.text(), extraction.claims()).stream()
                    .map(st -> new AppearancesAttributed.Statement(st.start(), st.end(), st.text()))
                    .toList();
            attributions.computeIfAbsent(speaker.key(), key -> new Attribution(speaker, new ArrayList<>()))
                    .appearances().add(new AppearancesAttributed.Appearance(appearanceId, claim.text(), claim.start(),
                            claim.end(), claim.kind().label(), claim.cue(), mentioned, claim.reportedBy(),
                            relayedIn(claim, extraction.claims(), articleId), claim.confidence(), statements));
        }

        var stored = new StoredArticle(articleId, article.url(), outlet, article.title(), article.language(),
                time.publishedAt(), article.receivedAt(), time.seenAt(), time.source(), extraction.text(), appearances,
                null, bodyKeys(extraction.text()));
        List<AppearancesAttributed> attributed = attributions.values().stream()
                .map(a -> new AppearancesAttributed(AppearancesAttributed.SCHEMA_VERSION, a.speaker().key(),
                        a.speaker().id(), a.speaker().name(), articleId, article.url(), outlet, time.publishedAt(),
                        time.seenAt(), time.source().name(), List.copyOf(a.appearances()), null))
                .toList();
        return new ProcessedArticle(stored, speakers(extraction, attributions.values(), articleId, time.seenAt()),
                attributed);
    }

    /**
     * Whether a mention describes a speaker rather than naming it: another name ("Moore", "Sir Richard",
     * "Col Kemp") is an alias; a determiner or a lower-case word ("the head of MI6", "Ex-Army officer Col Richard
     * Kemp") makes it a description. Name particles (de, van, bin...) stay names.
     */
    static boolean isDescription(String mention) {
        return DESCRIPTION.matcher(mention).find();
    }

    private record Attribution(Speaker speaker, List<AppearancesAttributed.Appearance> appearances) {
    }

    /**
     * Who a claim belongs to. A named speaker has an id (from the canonical name), which is also its partition
     * key. A mention the article leaves open (a bare name, or a definite description, "the head of MI6") is looked
     * up in what earlier articles taught. A definite description nobody is known by yet waits under a pending key
     * ({@code pending:head of mi6}) shared by every article that uses it, until an article ties it to a person
     * ({@link ArticleStore}); so the result does not depend on which article came first. An unnamed source ("a security official", "analysts") keeps its description as name
     * but no id and a key scoped to its article, so it is never merged into a person or another article's source.
     */
    record Speaker(String id, String name, String key) {

        static final String PENDING = "pending:";

        static Speaker of(SpeakerMention mention, String articleId, SpeakerDirectory directory) {
            if (mention == null || mention.name() == null || mention.name().isBlank()) {
                return new Speaker(null, null, "unattributed:" + articleId);
            }
            String name = mention.name().strip();
            if (mention.named() && name.contains(" ")) {
                String id = Identities.speakerId(name);
                return new Speaker(id, name, id);
            }
            String open = mention.named() ? name : mention.mention();
            var known = open == null ? java.util.Optional.<SpeakerDirectory.Known>empty() : directory.resolve(open);
            if (known.isPresent()) {
                return new Speaker(known.get().speakerId(), known.get().name(), known.get().speakerId());
            }
            if (mention.named()) {
                // a single name nobody is known by yet (a mononym, an organisation): its own speaker
                String id = Identities.speakerId(name);
                return new Speaker(id, name, id);
            }
            if (open != null && DEFINITE.matcher(open).find()) {
                return new Speaker(null, open.strip(), PENDING + Identities.mentionKey(open));
            }
            return new Speaker(null, name, "unnamed:" + articleId + ":" + Identities.words(name));
        }

        boolean pending() {
            return key.startsWith(PENDING);
        }
    }

    /** For a quote inside a quote, the appearance of the relaying speaker that holds it. */
    private static String relayedIn(ExtractedClaim claim, List<ExtractedClaim> all, String articleId) {
        if (claim.reportedBy() == null) {
            return null;
        }
        return all.stream()
                .filter(outer -> outer != claim && outer.start() <= claim.start() && claim.end() <= outer.end()
                        && outer.speaker() != null && claim.reportedBy().equals(outer.speaker().name()))
                .min((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()))
                .map(outer -> Identities.appearanceId(articleId, outer.start(), outer.end()))
                .orElse(null);
    }

    /**
     * What the article says about each named speaker it quotes: the names and descriptions the engine tied to the
     * person, and any other name or description the claims were attributed by.
     */
    private static List<SpeakerContribution> speakers(Extraction extraction, Collection<Attribution> attributions,
                                                      String articleId, Instant seenAt) {
        Map<String, SpeakerProfile> profiles = new LinkedHashMap<>();
        extraction.speakers().forEach(p -> profiles.putIfAbsent(p.name(), p));
        List<SpeakerContribution> speakers = new ArrayList<>();
        for (Attribution attribution : attributions) {
            Speaker speaker = attribution.speaker();
            if (speaker.id() == null) {
                continue;
            }
            List<String> mentions = new ArrayList<>();
            SpeakerProfile profile = profiles.get(speaker.name());
            if (profile != null) {
                mentions.addAll(profile.aliases());
                mentions.addAll(profile.descriptions());
            }
            attribution.appearances().forEach(a -> mentions.add(a.speakerMention()));
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> descriptions = new LinkedHashSet<>();
            for (String mention : mentions) {
                if (mention == null || mention.isBlank()) {
                    continue;
                }
                String m = mention.strip().replace('\u00a0', ' ');
                if (m.equals(speaker.name()) || PRONOUNS.contains(m.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (isDescription(m)) {
                    descriptions.add(DETERMINER.matcher(m).replaceFirst(d -> d.group().toLowerCase(Locale.ROOT)));
                } else {
                    aliases.add(m);
                }
            }
            speakers.add(new SpeakerContribution(speaker.id(), speaker.name(), List.copyOf(aliases),
                    List.copyOf(descriptions), articleId, seenAt));
        }
        return speakers;
    }

    /**
     * A fingerprint of the article's body: one key per distinct longer paragraph, by its words. A page that
     * republishes another shares most of these whatever banner, navigation or captions surround it.
     */
    static List<String> bodyKeys(String text) {
        Set<String> keys = new java.util.TreeSet<>();
        for (String paragraph : PARAGRAPHS.split(text)) {
            String words = Identities.words(paragraph);
            if (words.chars().filter(c -> c == ' ').count() >= BODY_PARAGRAPH_WORDS - 1) {
                keys.add(Identities.hash(words).substring(0, 12));
            }
        }
        return List.copyOf(keys);
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
}
