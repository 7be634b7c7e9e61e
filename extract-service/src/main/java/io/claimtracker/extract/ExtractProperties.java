package io.claimtracker.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * extract-service settings ({@code claimtracker.extract.*}).
 *
 * @param partitions    partitions of the topics this service creates when they are missing
 * @param replicas      replication factor of those topics (1 for one broker)
 * @param retryInterval first wait before a failed record is tried again (doubles each time)
 * @param retries       attempts after the first, for transient failures such as MongoDB being away
 * @param topics        the topics, by default those of {@link io.claimtracker.contracts.Topics}
 */
@ConfigurationProperties("claimtracker.extract")
record ExtractProperties(
        @DefaultValue("4") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("6") int retries,
        @DefaultValue Topics topics) {

    /** Each topic's dead-letter topic is its name with {@code -dlt}. */
    record Topics(
            @DefaultValue(io.claimtracker.contracts.Topics.ARTICLES_RAW) String articles,
            @DefaultValue(io.claimtracker.contracts.Topics.CLAIM_APPEARANCES) String claimAppearances,
            @DefaultValue(io.claimtracker.contracts.Topics.CLAIMS_CHANGES) String claimsChanges) {
    }

    static String deadLetter(String topic) {
        return topic + "-dlt";
    }
}
