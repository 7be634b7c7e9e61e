package io.claimtracker.extract;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes what an article says: the article itself and the speakers it names. Every update is keyed by a
 * deterministic id and made of operators that commute ($setOnInsert, $addToSet, $min, $max), so articles may be
 * written in any order, by any number of instances, any number of times, with the same result. Also the
 * {@link SpeakerDirectory}: who an alias or description names, as learnt from all articles so far.
 */
@Component
class ArticleStore implements SpeakerDirectory {

    private final MongoTemplate mongo;
    private final Clock clock;

    ArticleStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void write(ProcessedArticle processed) {
        writeSpeakers(processed.speakers());
        writeArticle(processed);
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
            Set<String> keys = new LinkedHashSet<>();
            speaker.aliases().forEach(alias -> keys.add(Identities.words(alias)));
            speaker.descriptions().forEach(description -> keys.add(Identities.words(description)));
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
     * The speaker that articles have called by this alias or description, if exactly one has been: "the head of
     * MI6" in one article resolves through "Richard Moore, the head of MI6" in another; "Richard" alone, known
     * for Moore and Kemp, resolves to nobody.
     */
    @Override
    public Optional<Known> resolve(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        String key = Identities.words(mention.replaceFirst("^(?i:the|a|an)\\s+", ""));
        Query query = Query.query(where("keys").in(key, "the " + key)).limit(2);
        query.fields().include("name");
        List<Document> found = mongo.find(query, Document.class, Collections.SPEAKERS);
        return found.size() == 1
                ? Optional.of(new Known(found.get(0).getString("_id"), found.get(0).getString("name")))
                : Optional.empty();
    }
}
