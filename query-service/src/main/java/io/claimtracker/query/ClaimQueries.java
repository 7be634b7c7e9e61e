package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredClaim;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.DateOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code claims} collection; every answer is built from the stored record by {@link Claim}. A claim id
 * that was merged into another answers with the surviving claim, through {@code claim_redirects}.
 */
@Component
class ClaimQueries {

    private static final Logger log = LoggerFactory.getLogger(ClaimQueries.class);

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("firstSeen"), Sort.Order.desc("_id"));
    static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("firstSeen"), Sort.Order.asc("_id"));

    private final ReactiveMongoTemplate mongo;
    private final Syndication syndication;
    private final ClaimResponses responses;
    private final int redirectHops;

    ClaimQueries(ReactiveMongoTemplate mongo, Syndication syndication, ClaimResponses responses,
                 QueryProperties properties) {
        this.mongo = mongo;
        this.syndication = syndication;
        this.responses = responses;
        this.redirectHops = properties.redirectHops();
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

    /** The claim with syndication and responses, as its own page (and the live stream) shows it. */
    Mono<Claim> detail(String id) {
        return surviving(id).flatMap(this::detail);
    }

    /** How the claim spread over time and outlets. */
    Mono<ClaimSpread> spread(String id, TimeBucket width) {
        return surviving(id).flatMap(stored -> syndication.originalsOf(Claim.articleIdsOldestFirst(stored))
                .map(originals -> ClaimSpread.of(stored, originals, width)));
    }

    /** Up to {@code limit} entries of the speaker's timeline, without the (possibly many) appearances. */
    Flux<ClaimTimeline.Entry> timeline(String speakerId, TimeRange firstSeen, int limit) {
        List<Criteria> all = new ArrayList<>(firstSeen.on("firstSeen"));
        all.add(0, Criteria.where("speakerId").is(speakerId));
        Query query = new Query(new Criteria().andOperator(all)).with(OLDEST_FIRST).limit(limit);
        query.fields().exclude("appearances", "tokens", "responses");
        return mongo.find(query, StoredClaim.class, Collections.CLAIMS).map(ClaimTimeline.Entry::of);
    }

    /**
     * The speaker's claims per bucket of their {@code firstSeen} (within the range), and the appearances of all
     * the speaker's claims per bucket of their own {@code seenAt} (within the range): counted in MongoDB, not
     * bounded by the timeline's entry limit.
     */
    Mono<List<ClaimTimeline.Bucket>> timelineBuckets(String speakerId, TimeRange range, TimeBucket width) {
        Criteria bySpeaker = Criteria.where("speakerId").is(speakerId);
        Mono<Map<Instant, Long>> claims = countPerBucket(List.of(
                Aggregation.match(allOf(bySpeaker, range.on("firstSeen")))), "firstSeen", width);
        Mono<Map<Instant, Long>> appearances = countPerBucket(List.of(
                Aggregation.match(bySpeaker),
                Aggregation.unwind("appearances"),
                Aggregation.match(allOf(null, range.on("appearances.seenAt")))),
                "appearances.seenAt", width);
        return Mono.zip(claims, appearances)
                .map(counts -> ClaimTimeline.buckets(counts.getT1(), counts.getT2()));
    }

    private Mono<Map<Instant, Long>> countPerBucket(List<AggregationOperation> selection, String timeField,
                                                    TimeBucket width) {
        List<AggregationOperation> pipeline = new ArrayList<>(selection);
        pipeline.add(Aggregation.project()
                .and(DateOperators.dateOf(timeField).toString(width.dateFormat())).as("bucket"));
        pipeline.add(Aggregation.match(Criteria.where("bucket").ne(null)));
        pipeline.add(Aggregation.group("bucket").count().as("count"));
        return mongo.aggregate(Aggregation.newAggregation(pipeline), Collections.CLAIMS, Document.class)
                .collectMap(bucket -> Instant.parse(bucket.getString("_id")),
                        bucket -> ((Number) bucket.get("count")).longValue());
    }

    private Mono<Claim> detail(StoredClaim stored) {
        return Mono.zip(syndication.originalsOf(Claim.articleIdsOldestFirst(stored)),
                        responses.to(stored),
                        responses.answeredBy(stored))
                .map(parts -> Claim.detail(stored, parts.getT1(), parts.getT2(), parts.getT3()));
    }

    /** The stored claim of this id, or of the claim it was merged into (following at most redirectHops). */
    Mono<StoredClaim> surviving(String id) {
        return surviving(id, redirectHops);
    }

    private Mono<StoredClaim> surviving(String id, int hopsLeft) {
        return mongo.findById(id, StoredClaim.class, Collections.CLAIMS)
                .switchIfEmpty(Mono.defer(() -> hopsLeft > 0 ? redirectTarget(id)
                        .flatMap(target -> surviving(target, hopsLeft - 1)) : tooManyRedirects(id)));
    }

    private Mono<String> redirectTarget(String id) {
        return mongo.findById(id, ClaimRedirect.class, Collections.CLAIM_REDIRECTS).mapNotNull(ClaimRedirect::mergedInto);
    }

    private Mono<StoredClaim> tooManyRedirects(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Collections.CLAIM_REDIRECTS)
                .doOnNext(redirected -> {
                    if (redirected) {
                        log.warn("Claim redirects from {} go on beyond {} hops (a cycle?); answered as not found",
                                id, redirectHops);
                    }
                })
                .then(Mono.empty());
    }

    /** {@code first} (if any) and {@code more}, as one criteria; none matches everything. */
    private static Criteria allOf(Criteria first, List<Criteria> more) {
        List<Criteria> all = new ArrayList<>(more);
        if (first != null) {
            all.add(0, first);
        }
        return switch (all.size()) {
            case 0 -> new Criteria();
            case 1 -> all.get(0);
            default -> new Criteria().andOperator(all);
        };
    }
}
