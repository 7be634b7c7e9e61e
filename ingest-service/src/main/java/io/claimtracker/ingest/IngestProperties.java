package io.claimtracker.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * ingest-service's own settings ({@code ingest.*} in application.yml, each overridable by an environment
 * variable there).
 *
 * @param limits       how big a request may be before it is answered 413
 * @param topic        how {@code articles.raw} is created at start-up
 * @param sendTimeout  longest wait for Kafka's acknowledgement of one request's records; past it the request
 *                     answers 503 (the producer's own timeouts in application.yml end sooner)
 * @param mongoTimeout longest wait to reach MongoDB (server selection, connect) before answering 503
 */
@ConfigurationProperties("ingest")
record IngestProperties(
        @DefaultValue Limits limits,
        @DefaultValue RawTopic topic,
        @DefaultValue("5s") Duration sendTimeout,
        @DefaultValue("5s") Duration mongoTimeout) {

    /**
     * @param article one {@code application/json} article (and one .txt/.html file of the import command)
     * @param batch   one {@code application/x-ndjson} request (and one .json file of the import command)
     * @param line    one line of NDJSON, over HTTP or in a .ndjson file
     */
    record Limits(
            @DefaultValue("4MB") DataSize article,
            @DefaultValue("64MB") DataSize batch,
            @DefaultValue("4MB") DataSize line) {
    }

    /**
     * @param partitions      partitions of {@code articles.raw}: the most extract-service instances that share work
     * @param replicas        replication factor (1 for a single broker)
     * @param maxMessageBytes the topic's {@code max.message.bytes}: a 4 MiB article needs more than Kafka's 1 MB
     *                        default; keep the producer's {@code max.request.size} in step
     */
    record RawTopic(
            @DefaultValue("4") int partitions,
            @DefaultValue("1") short replicas,
            @DefaultValue("8MB") DataSize maxMessageBytes) {
    }
}
