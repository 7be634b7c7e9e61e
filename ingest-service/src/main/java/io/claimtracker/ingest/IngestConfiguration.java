package io.claimtracker.ingest;

import io.claimtracker.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    /**
     * Created (or widened) at start-up by Boot's KafkaAdmin. With the broker down, KafkaAdmin gives up after
     * {@code spring.kafka.admin.operation-timeout} and the service starts anyway; {@link ArticlePublisher} checks
     * the topic again after its first acknowledged send.
     */
    @Bean
    NewTopic articlesRawTopic(IngestProperties properties) {
        IngestProperties.RawTopic topic = properties.topic();
        return TopicBuilder.name(Topics.ARTICLES_RAW)
                .partitions(topic.partitions())
                .replicas(topic.replicas())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(topic.maxMessageBytes().toBytes()))
                .build();
    }

    /**
     * The driver would wait 30 s for an unreachable MongoDB; the duplicate check runs before each publish, so
     * bound the wait and let the request answer 503 instead.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer boundedMongoWaits(IngestProperties properties) {
        long millis = properties.mongoTimeout().toMillis();
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) millis, TimeUnit.MILLISECONDS)
                        .readTimeout((int) (2 * millis), TimeUnit.MILLISECONDS));
    }
}
