package io.claimtracker.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.function.Predicate;

/**
 * {@code GET /api/v1/stream/claims}: a server-sent event {@code claim} (id = claim id, data = the claim as
 * {@code GET /api/v1/claims/{id}} shows it now) each time a claim is created or grows; an optional
 * {@code speaker} (id or name, as for the claim list) narrows it. A comment line opens the stream and repeats
 * every heartbeat so proxies keep it open. A client too slow to read loses its oldest pending events, never
 * slowing the others.
 */
@RestController
class ClaimStreamController {

    private static final Logger log = LoggerFactory.getLogger(ClaimStreamController.class);

    private final ClaimChangeFeed feed;
    private final SpeakerQueries speakers;
    private final QueryProperties.Stream settings;

    ClaimStreamController(ClaimChangeFeed feed, SpeakerQueries speakers, QueryProperties properties) {
        this.feed = feed;
        this.speakers = speakers;
        this.settings = properties.stream();
    }

    @GetMapping(path = "/api/v1/stream/claims", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Claim>> claims(@RequestParam(required = false) String speaker) {
        return speakerFilter(speaker).flatMapMany(this::liveStream);
    }

    private Flux<ServerSentEvent<Claim>> liveStream(Predicate<Claim> wanted) {
        // merge subscribes in order: the feed first, so a client that has read "connected" misses no change
        return Flux.merge(changes(wanted), Flux.just(comment("connected")), heartbeats())
                // the one buffer of this client, after the merge so no operator upstream holds older events
                .onBackpressureBuffer(settings.clientBuffer(),
                        dropped -> log.debug("Slow stream client: dropped {} {}", dropped.event(), dropped.id()),
                        BufferOverflowStrategy.DROP_OLDEST)
                .takeUntilOther(feed.stopped());
    }

    private Flux<ServerSentEvent<Claim>> changes(Predicate<Claim> wanted) {
        return feed.claims()
                .filter(wanted)
                .map(claim -> ServerSentEvent.builder(claim).event("claim").id(claim.id()).build());
    }

    private Flux<ServerSentEvent<Claim>> heartbeats() {
        return Flux.interval(settings.heartbeat()).onBackpressureDrop().map(tick -> comment("heartbeat"));
    }

    private Mono<Predicate<Claim>> speakerFilter(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return Mono.just(claim -> true);
        }
        return speakers.idsNamedBy(speaker.strip()).map(ClaimStreamController::spokenByAnyOf);
    }

    private static Predicate<Claim> spokenByAnyOf(List<String> speakerIds) {
        return claim -> claim.speaker() != null && speakerIds.contains(claim.speaker().id());
    }

    private static ServerSentEvent<Claim> comment(String text) {
        return ServerSentEvent.<Claim>builder().comment(text).build();
    }
}
