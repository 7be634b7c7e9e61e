package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.SearchTokens;
import io.claimtracker.contracts.store.StoredSpeaker;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the {@code speakers} collection, and counts each speaker's claims. */
@Component
class SpeakerQueries {

    /** A name shared by more speakers than this is too vague to filter by usefully; the first ones are used. */
    static final int MAX_SPEAKERS_PER_NAME = 100;

    private final ReactiveMongoTemplate mongo;

    SpeakerQueries(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The speakers a {@code speaker} parameter names: the one whose id it is, and every speaker whose name and
     * alias tokens include all its words ("Moore", "richard moore", "Sir Richard Moore" all name Richard Moore;
     * "Richard" names every Richard). The value itself is always kept as an id, so claims stay reachable by
     * speaker id even before the speaker record is visible.
     */
    Mono<List<String>> idsNamedBy(String speaker) {
        List<String> tokens = SearchTokens.of(speaker);
        Criteria byId = Criteria.where("_id").is(speaker);
        Criteria criteria = tokens.isEmpty() ? byId
                : new Criteria().orOperator(byId, Criteria.where("tokens").all(tokens));
        Query query = new Query(criteria).limit(MAX_SPEAKERS_PER_NAME);
        query.fields().include("_id");
        return mongo.find(query, StoredSpeaker.class, Collections.SPEAKERS)
                .map(StoredSpeaker::id)
                .collectList()
                .map(ids -> Stream.concat(Stream.of(speaker), ids.stream()).distinct().toList());
    }

    /** Speakers whose names include all words of {@code q} (all speakers without one), by name. */
    Flux<Speaker> search(String q, int limit) {
        List<String> tokens = SearchTokens.of(q);
        Query query = new Query(tokens.isEmpty() ? new Criteria() : Criteria.where("tokens").all(tokens))
                .with(Sort.by("name", "_id"))
                .limit(limit);
        // lists show no mentions: they grow with every article that names the speaker
        query.fields().exclude("mentions", "keys");
        return mongo.find(query, StoredSpeaker.class, Collections.SPEAKERS)
                .collectList()
                .flatMapMany(this::withClaimCounts);
    }

    /** One speaker, with where each alias and description was seen. */
    Mono<Speaker> byId(String id) {
        return mongo.findById(id, StoredSpeaker.class, Collections.SPEAKERS)
                .flatMap(stored -> claimCounts(List.of(id))
                        .map(counts -> Speaker.withMentions(stored, counts.getOrDefault(id, 0L))));
    }

    private Flux<Speaker> withClaimCounts(List<StoredSpeaker> speakers) {
        return claimCounts(speakers.stream().map(StoredSpeaker::id).toList())
                .flatMapIterable(counts -> speakers.stream()
                        .map(stored -> Speaker.of(stored, counts.getOrDefault(stored.id(), 0L)))
                        .toList());
    }

    /** One aggregation for a whole page of speakers, served by the claims' {speakerId, ...} index. */
    private Mono<Map<String, Long>> claimCounts(List<String> speakerIds) {
        if (speakerIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        Aggregation countBySpeaker = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("speakerId").in(speakerIds)),
                Aggregation.group("speakerId").count().as("claims"));
        return mongo.aggregate(countBySpeaker, Collections.CLAIMS, Document.class)
                .collectMap(counted -> counted.getString("_id"),
                        counted -> ((Number) counted.get("claims")).longValue());
    }
}
