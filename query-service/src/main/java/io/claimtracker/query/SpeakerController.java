package io.claimtracker.query;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;

/** Speakers: search by name, one speaker (with where each alias was seen), and a speaker's claims over time. */
@RestController
@RequestMapping("/api/v1/speakers")
class SpeakerController {

    record SpeakerList(List<Speaker> items) {
    }

    private final SpeakerQueries speakers;
    private final ClaimQueries claims;
    private final QueryProperties properties;

    SpeakerController(SpeakerQueries speakers, ClaimQueries claims, QueryProperties properties) {
        this.speakers = speakers;
        this.claims = claims;
        this.properties = properties;
    }

    @GetMapping
    Mono<SpeakerList> speakers(@RequestParam(required = false) String q,
                               @RequestParam(required = false) String limit) {
        int pageSize = PageLimit.parse(limit, properties.defaultLimit(), properties.maxLimit());
        return speakers.search(q, pageSize).collectList().map(SpeakerList::new);
    }

    @GetMapping("/{id}")
    Mono<Speaker> speaker(@PathVariable String id) {
        return known(id);
    }

    @GetMapping("/{id}/timeline")
    Mono<ClaimTimeline> timeline(@PathVariable String id,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String bucket) {
        TimeRange range = TimeRange.parse(from, to);
        TimeBucket width = TimeBucket.parse(bucket, null);
        int limit = properties.timelineLimit();
        return known(id).flatMap(speaker -> Mono.zip(claims.timeline(id, range, limit + 1).collectList(),
                        buckets(id, range, width))
                .map(parts -> ClaimTimeline.of(speaker, parts.getT1(), limit, parts.getT2().orElse(null))));
    }

    /** Buckets only when a width was asked for: they cost two aggregations over the speaker's claims. */
    private Mono<Optional<List<ClaimTimeline.Bucket>>> buckets(String id, TimeRange range, TimeBucket width) {
        return width == null ? Mono.just(Optional.empty())
                : claims.timelineBuckets(id, range, width).map(Optional::of);
    }

    private Mono<Speaker> known(String id) {
        return speakers.byId(id).switchIfEmpty(Mono.error(() -> new NotFound("speaker", id)));
    }
}
