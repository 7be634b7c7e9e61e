package io.claimtracker.query;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/claims} (filtered, newest first, cursor-paged), {@code GET /api/v1/claims/{id}} and
 * {@code GET /api/v1/claims/{id}/spread}. An id merged into another claim answers with the surviving claim.
 * Parameters arrive as strings and are parsed here, so a bad one is a problem+json naming it.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimController {

    private final ClaimQueries claims;
    private final SpeakerQueries speakers;
    private final QueryProperties properties;

    ClaimController(ClaimQueries claims, SpeakerQueries speakers, QueryProperties properties) {
        this.claims = claims;
        this.speakers = speakers;
        this.properties = properties;
    }

    @GetMapping
    Mono<ClaimPage> claims(@RequestParam(required = false) String speaker,
                           @RequestParam(required = false) String q,
                           @RequestParam(required = false) String outlet,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(required = false) String limit,
                           @RequestParam(required = false) String cursor) {
        ClaimFilter filter = ClaimFilter.parse(q, outlet, from, to, cursor, limit, properties);
        return bySpeaker(filter, speaker).flatMap(claims::page);
    }

    @GetMapping("/{id}")
    Mono<Claim> claim(@PathVariable String id) {
        return claims.detail(id).switchIfEmpty(Mono.error(() -> new NotFound("claim", id)));
    }

    @GetMapping("/{id}/spread")
    Mono<ClaimSpread> spread(@PathVariable String id, @RequestParam(required = false) String bucket) {
        TimeBucket width = TimeBucket.parse(bucket, TimeBucket.DAY);
        return claims.spread(id, width).switchIfEmpty(Mono.error(() -> new NotFound("claim", id)));
    }

    private Mono<ClaimFilter> bySpeaker(ClaimFilter filter, String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return Mono.just(filter);
        }
        return speakers.idsNamedBy(speaker.strip()).map(filter::bySpeakers);
    }
}
