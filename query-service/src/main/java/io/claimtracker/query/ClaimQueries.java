package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredClaim;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@code claims} collection; every answer is built from the stored record by {@link Claim#of}. */
@Component
class ClaimQueries {

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("firstSeen"), Sort.Order.desc("_id"));
    static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("firstSeen"), Sort.Order.asc("_id"));

    private final ReactiveMongoTemplate mongo;

    ClaimQueries(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<ClaimPage> page(ClaimFilter filter) {
        if (filter.matchesNothing()) {
            return Mono.just(ClaimPage.EMPTY);
        }
        Query query = new Query(filter.criteria()).with(NEWEST_FIRST).limit(filter.limit() + 1);
        return mongo.find(query, StoredClaim.class, Collections.CLAIMS)
                .map(Claim::of)
                .collectList()
                .map(fetched -> ClaimPage.of(fetched, filter.limit()));
    }

    Mono<Claim> byId(String id) {
        return mongo.findById(id, StoredClaim.class, Collections.CLAIMS).map(Claim::of);
    }

    /** Up to {@code limit} entries of the speaker's timeline, without the (possibly many) appearances. */
    Flux<ClaimTimeline.Entry> timeline(String speakerId, TimeRange firstSeen, int limit) {
        List<Criteria> all = new ArrayList<>(firstSeen.on("firstSeen"));
        all.add(0, Criteria.where("speakerId").is(speakerId));
        Query query = new Query(new Criteria().andOperator(all)).with(OLDEST_FIRST).limit(limit);
        query.fields().exclude("appearances", "tokens");
        return mongo.find(query, StoredClaim.class, Collections.CLAIMS).map(ClaimTimeline.Entry::of);
    }
}
