package io.claimtracker.query;

import io.claimtracker.contracts.ClaimChanged;
import io.claimtracker.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/**
 * Tails {@code claims.changes} and turns it into one hot stream of current claims, shared by every connected
 * client. Each instance consumes in a consumer group of its own (random suffix, starting at the latest offset,
 * never committing), so every instance sees every change and a restarted one does not replay the past.
 * <p>
 * The Kafka listener thread only hands the claim id to a sink: it never waits for MongoDB or for clients. A
 * change costs one claim detail read (a few queries) however many clients watch, and the stream ends when the application stops, so
 * open event streams do not hold up a graceful shutdown.
 */
@Component
class ClaimChangeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClaimChangeFeed.class);

    private final Sinks.Many<String> changedClaimIds = Sinks.many().multicast().directBestEffort();
    private final Sinks.Empty<Void> stopped = Sinks.empty();
    private final JsonMapper json;
    private final String groupId;
    private final Flux<Claim> claims;
    private volatile boolean running;

    ClaimChangeFeed(ClaimQueries queries, JsonMapper json, QueryProperties properties) {
        this.json = json;
        this.groupId = properties.stream().groupPrefix() + "-" + UUID.randomUUID();
        this.claims = changedClaimIds.asFlux()
                .onBackpressureBuffer(properties.stream().feedBuffer(),
                        dropped -> log.warn("Live stream behind MongoDB reads: dropped change of claim {}", dropped),
                        BufferOverflowStrategy.DROP_OLDEST)
                .flatMapSequential(id -> current(queries, id), properties.stream().fetchConcurrency())
                .takeUntilOther(stopped.asMono())
                .share();
    }

    /** Used by the listener annotation below, through SpEL. */
    public String groupId() {
        return groupId;
    }

    /** Current claims as they change; hot, so a subscriber sees only changes made after it subscribed. */
    Flux<Claim> claims() {
        return claims;
    }

    /** Completes when the application stops. */
    Mono<Void> stopped() {
        return stopped.asMono();
    }

    @KafkaListener(id = "claim-stream", topics = Topics.CLAIMS_CHANGES, groupId = "#{__listener.groupId()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    void onClaimChanged(ConsumerRecord<String, String> record) {
        String claimId = claimId(record);
        if (claimId == null) {
            log.warn("Ignored a {} record without a claim id at offset {}-{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        Sinks.EmitResult result = changedClaimIds.tryEmitNext(claimId);
        if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
            log.warn("Live stream dropped change of claim {}: {}", claimId, result);
        }
    }

    /** The event's claim id; the record key (the claim id too) when the value is unreadable. */
    private String claimId(ConsumerRecord<String, String> record) {
        if (record.value() != null) {
            try {
                ClaimChanged change = json.readValue(record.value(), ClaimChanged.class);
                if (change.claimId() != null) {
                    return change.claimId();
                }
            } catch (JacksonException e) {
                log.warn("Unreadable {} value at offset {}-{} ({}); using its key", record.topic(),
                        record.partition(), record.offset(), e.getOriginalMessage());
            }
        }
        return record.key();
    }

    private static Mono<Claim> current(ClaimQueries queries, String claimId) {
        return queries.detail(claimId)
                .switchIfEmpty(Mono.fromRunnable(() -> log.warn("Changed claim {} is not in MongoDB", claimId)))
                .onErrorResume(e -> {
                    log.warn("Live stream could not read claim {}: {}", claimId, e.toString());
                    return Mono.empty();
                });
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        stopped.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
