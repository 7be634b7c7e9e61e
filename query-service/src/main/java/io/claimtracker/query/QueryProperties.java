package io.claimtracker.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of query-service under {@code claimtracker.query}.
 *
 * @param defaultLimit   page size when a list request gives no {@code limit}
 * @param maxLimit       largest {@code limit} accepted; a larger one is a 400 naming {@code limit}
 * @param timelineLimit  most entries one timeline answer carries (it is marked {@code truncated} beyond)
 * @param indexTimeout   how long start-up waits for MongoDB to confirm the indexes
 * @param copyCandidates most articles (earliest first) read as possible originals or copies when deciding
 *                       syndication on read
 * @param redirectHops   most claim redirects followed for one claim id (the writer keeps chains at one hop; a
 *                       longer or circular chain ends in a 404)
 * @param stream         the live stream of claims
 */
@ConfigurationProperties("claimtracker.query")
record QueryProperties(
        @DefaultValue("20") int defaultLimit,
        @DefaultValue("100") int maxLimit,
        @DefaultValue("1000") int timelineLimit,
        @DefaultValue("60s") Duration indexTimeout,
        @DefaultValue("1000") int copyCandidates,
        @DefaultValue("8") int redirectHops,
        @DefaultValue Stream stream) {

    /**
     * @param groupPrefix  consumer group ids are this prefix plus a random suffix, so every instance sees every
     *                     change
     * @param heartbeat    interval of the SSE comment that keeps proxies from closing an idle stream
     * @param clientBuffer events buffered per client; a client slower than that loses the oldest ones
     * @param feedBuffer   changes waiting for their MongoDB read; beyond that the oldest are dropped (logged)
     * @param fetchConcurrency claims read from MongoDB at once for the stream, in event order
     */
    record Stream(
            @DefaultValue("query-service-stream") String groupPrefix,
            @DefaultValue("15s") Duration heartbeat,
            @DefaultValue("256") int clientBuffer,
            @DefaultValue("1024") int feedBuffer,
            @DefaultValue("4") int fetchConcurrency) {
    }
}
