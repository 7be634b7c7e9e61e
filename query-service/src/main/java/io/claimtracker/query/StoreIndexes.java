package io.claimtracker.query;

import com.mongodb.MongoCommandException;
import io.claimtracker.contracts.store.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Creates the indexes the queries rely on, at start-up. Creating an existing index is a no-op, so every
 * instance does it. One named in the same keys differently (say, by another service) is kept as it is.
 * <p>
 * The runner blocks the main thread (never an event-loop thread) until MongoDB has confirmed: the application
 * reports ready only with its indexes in place, and fails to start, visibly, if MongoDB cannot be reached.
 */
@Component
class StoreIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StoreIndexes.class);

    /** Index of the same keys under another name, or same name with other options: someone else made it. */
    private static final List<Integer> ALREADY_COVERED = List.of(85, 86);

    record Declared(String collection, Index index) {
    }

    static final List<Declared> INDEXES = List.of(
            // claim list filtered by speaker, speaker timeline, claim counts per speaker
            new Declared(Collections.CLAIMS, new Index().named("speaker_firstSeen")
                    .on("speakerId", Direction.ASC).on("firstSeen", Direction.DESC).on("_id", Direction.DESC)),
            // the unfiltered claim list and its cursor
            new Declared(Collections.CLAIMS, new Index().named("firstSeen")
                    .on("firstSeen", Direction.DESC).on("_id", Direction.DESC)),
            new Declared(Collections.CLAIMS, new Index().named("outlets").on("outlets", Direction.ASC)),
            new Declared(Collections.CLAIMS, new Index().named("tokens").on("tokens", Direction.ASC)),
            // an article's claims (article page, reply claims of responses)
            new Declared(Collections.CLAIMS, new Index().named("articleIds").on("articleIds", Direction.ASC)),
            // the claims a claim answers: responses given in its articles
            new Declared(Collections.CLAIMS, new Index().named("responses_articleId")
                    .on("responses.articleId", Direction.ASC)),
            // syndicated copies: articles sharing body fingerprints
            new Declared(Collections.ARTICLES, new Index().named("bodyKeys").on("bodyKeys", Direction.ASC)),
            new Declared(Collections.SPEAKERS, new Index().named("tokens").on("tokens", Direction.ASC)),
            // the speaker list's order
            new Declared(Collections.SPEAKERS, new Index().named("name")
                    .on("name", Direction.ASC).on("_id", Direction.ASC)));

    private final ReactiveMongoTemplate mongo;
    private final QueryProperties properties;

    StoreIndexes(ReactiveMongoTemplate mongo, QueryProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> created = createAll().collectList().block(properties.indexTimeout());
        log.info("MongoDB indexes in place: {}", created);
    }

    Flux<String> createAll() {
        return Flux.fromIterable(INDEXES).concatMap(this::create);
    }

    private Mono<String> create(Declared declared) {
        String name = declared.collection() + "." + declared.index().getIndexOptions().getString("name");
        return mongo.indexOps(declared.collection()).createIndex(declared.index())
                .map(created -> name)
                .onErrorResume(MongoCommandException.class, e -> keptAsItIs(name, e));
    }

    private static Mono<String> keptAsItIs(String name, MongoCommandException e) {
        if (!ALREADY_COVERED.contains(e.getErrorCode())) {
            return Mono.error(e);
        }
        log.warn("Index {} exists in another form, kept as it is: {}", name, e.getErrorMessage());
        return Mono.just(name + " (existing)");
    }
}
