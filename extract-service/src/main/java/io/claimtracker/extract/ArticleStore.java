package io.claimtracker.extract;

import io.claimtracker.contracts.AppearancesAttributed;
import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.SearchTokens;
import io.claimtracker.extract.ProcessedArticle.SpeakerContribution;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes what an article says: the article itself and the speakers it names. Every update is keyed by a
 * deterministic id and made of operators that commute ($setOnInsert, $addToSet, $min, $max), so articles may be
 * written in any order, by any number of instances, any number of times, with the same result. Also the
 * {@link SpeakerDirectory}: who an alias or description names, as learnt from all articles so far.
 */
@Component
class ArticleStore implements SpeakerDirectory {

    /** {@code {_id: pending key, articleIds}}: descriptions used before any article tied them to a person. */
    static final String UNRESOLVED = "unresolved_speakers";
    private static final String PENDING = "pending:";

    private final MongoTemplate mongo;
    private final Clock clock;

    ArticleStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Writes the article and its speakers. Returns what this article resolved: for every pending key (a
     * description no article had tied to a person) that is now known, the event that moves its statements to the
     * person. Each side records before it looks (the pending article its key, the naming article its speaker), so
     * whichever of two such articles is written second finds the other, on any instance.
     */
    List<AppearancesAttributed> write(ProcessedArticle processed) {
        Set<String> pending = new TreeSet<>();
        processed.attributions().stream().map(AppearancesAttributed::speakerKey)
                .filter(key -> key.startsWith(PENDING)).forEach(pending::add);
        pending.forEach(key -> mongo.upsert(Query.query(where("_id").is(key)),
                new Update().addToSet("articleIds", processed.article().id()), UNRESOLVED));
        writeSpeakers(processed.speakers());
        writeArticle(processed);

        Set<String> keys = new TreeSet<>(pending);
        for (SpeakerContribution speaker : processed.speakers()) {
            speakerKeys(speaker).forEach(key -> keys.add(PENDING + key));
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        List<AppearancesAttributed> resolved = new ArrayList<>();
        for (Document open : mongo.find(Query.query(where("_id").in(keys)), Document.class, UNRESOLVED)) {
            String key = open.getString("_id");
            resolve(key.substring(PENDING.length())).ifPresent(known -> {
                resolved.add(new AppearancesAttributed(AppearancesAttributed.SCHEMA_VERSION, key, null, null, null,
                        null, null, null, null, null, List.of(),
                        new AppearancesAttributed.Resolution(known.speakerId(), known.name())));
                // from now on the directory resolves the key at once; the statements already waiting move on the
                // event (idempotent), whoever sends it
                mongo.remove(Query.query(where("_id").is(key)), UNRESOLVED);
            });
        }
        return resolved;
    }

    private static Set<String> speakerKeys(SpeakerContribution speaker) {
        Set<String> keys = new LinkedHashSet<>();
        speaker.aliases().forEach(alias -> keys.add(Identities.mentionKey(alias)));
        speaker.descriptions().forEach(description -> keys.add(Identities.mentionKey(description)));
        return keys;
    }

    /**
     * The names by which a speaker is known ({@code keys}, normalised) are what {@link #resolve} searches;
     * {@code mentions} remember where each alias and description was seen.
     */
    private void writeSpeakers(List<SpeakerContribution> speakers) {
        if (speakers.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Collections.SPEAKERS);
        for (SpeakerContribution speaker : speakers) {
            Set<String> tokens = new LinkedHashSet<>(SearchTokens.of(speaker.name()));
            speaker.aliases().forEach(alias -> tokens.addAll(SearchTokens.of(alias)));
            Set<String> keys = speakerKeys(speaker);
            List<Document> mentions = new java.util.ArrayList<>();
            speaker.aliases().forEach(alias -> mentions.add(mention(alias, "alias", speaker)));
            speaker.descriptions().forEach(description -> mentions.add(mention(description, "description", speaker)));
            Update update = new Update()
                    .setOnInsert("name", speaker.name())
                    .min("firstSeen", speaker.seenAt())
                    .max("lastSeen", speaker.seenAt());
            update.addToSet("aliases").each(speaker.aliases().toArray());
            update.addToSet("descriptions").each(speaker.descriptions().toArray());
            update.addToSet("tokens").each(tokens.toArray());
            update.addToSet("keys").each(keys.toArray());
            update.addToSet("mentions").each(mentions.toArray());
            bulk.upsert(Query.query(where("_id").is(speaker.speakerId())), update);
        }
        bulk.execute();
    }

    private static Document mention(String text, String kind, SpeakerContribution speaker) {
        return new Document("text", text).append("kind", kind).append("articleId", speaker.articleId());
    }

    /** The first processing of an article id decides its document: a replay leaves it as it is. */
    private void writeArticle(ProcessedArticle processed) {
        Document document = new Document();
        mongo.getConverter().write(processed.article(), document);
        document.remove("_id");
        document.remove("_class");
        document.put("processedAt", clock.instant());
        Update update = new Update();
        document.forEach(update::setOnInsert);
        mongo.upsert(Query.query(where("_id").is(processed.article().id())), update, Collections.ARTICLES);
    }

    /**
     * How to resolve the speakers of this article: as its first processing did, if there was one, so a replay (or
     * a redelivery) attributes every appearance to the same speaker even after other articles taught the directory
     * more; otherwise through the directory.
     */
    SpeakerDirectory forArticle(String articleId) {
        var first = mongo.findById(articleId, io.claimtracker.contracts.store.StoredArticle.class, Collections.ARTICLES);
        if (first == null || first.appearances() == null) {
            return this;
        }
        java.util.Map<String, Known> attributed = new java.util.HashMap<>();
        first.appearances().forEach(a -> attributed.put(a.appearanceId(), new Known(a.speakerId(), a.speakerName())));
        ArticleStore directory = this;
        return new SpeakerDirectory() {
            @Override
            public Optional<Known> resolve(String mention) {
                return directory.resolve(mention);
            }

            @Override
            public Optional<Known> firstAttribution(String appearanceId) {
                return Optional.ofNullable(attributed.get(appearanceId));
            }
        };
    }

    /**
     * The speaker that articles have called by this alias or description, if exactly one has been: "the head of
     * MI6" in one article resolves through "Richard Moore, the head of MI6" in another; "Richard" alone, known
     * for Moore and Kemp, resolves to nobody.
     */
    @Override
    public Optional<Known> resolve(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        Query query = Query.query(where("keys").is(Identities.mentionKey(mention))).limit(2);
        query.fields().include("name");
        List<Document> found = mongo.find(query, Document.class, Collections.SPEAKERS);
        return found.size() == 1
                ? Optional.of(new Known(found.get(0).getString("_id"), found.get(0).getString("name")))
                : Optional.empty();
    }
}
