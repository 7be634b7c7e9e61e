package io.claimtracker.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * extract-service settings ({@code claimtracker.extract.*}).
 *
 * @param partitions    partitions of the topics this service creates when they are missing
 * @param replicas      replication factor of those topics (1 for one broker)
 * @param retryInterval first wait before a failed article is tried again (doubles each time)
 * @param retries       attempts after the first, for transient failures such as MongoDB being away
 */
@ConfigurationProperties("claimtracker.extract")
record ExtractProperties(
        @DefaultValue("4") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("6") int retries) {
}
