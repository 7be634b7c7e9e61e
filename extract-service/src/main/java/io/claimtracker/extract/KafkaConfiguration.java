package io.claimtracker.extract;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.HashMap;
import java.util.Map;


/**
 * Topics (each with its dead-letter topic), and what happens to a record that fails: transient failures (MongoDB away) are retried with a bounded
 * back-off, an unreadable or invalid article goes to {@link Topics#ARTICLES_DEAD_LETTER} at once with
 * the reason in its headers, and the next record is processed.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    /** Room for the largest article ingest accepts (4 MiB of JSON), as ingest creates the topic too. */
    static final String MAX_RECORD_BYTES = String.valueOf(8 * 1024 * 1024);

    @Bean
    KafkaAdmin.NewTopics topics(ExtractProperties properties) {
        var topics = properties.topics();
        return new KafkaAdmin.NewTopics(
                topic(topics.articles(), properties), topic(ExtractProperties.deadLetter(topics.articles()), properties),
                topic(topics.claimAppearances(), properties),
                topic(ExtractProperties.deadLetter(topics.claimAppearances()), properties),
                topic(topics.claimsChanges(), properties));
    }

    /** Dead-letter topics have the partitions of their source: a failed record goes to its own partition number. */
    private static NewTopic topic(String name, ExtractProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_RECORD_BYTES).build();
    }

    /** Claim changes and the re-keyed appearances, as JSON without type headers (see application.yml). */
    @Bean
    KafkaTemplate<String, Object> eventTemplate(ProducerFactory<String, Object> producerFactory) {
        return new KafkaTemplate<>(producerFactory);
    }

    /** The dead-letter producer writes the failed record's bytes exactly as they were consumed. */
    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> producer = new HashMap<>(kafkaProperties.buildProducerProperties());
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.parseInt(MAX_RECORD_BYTES));
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer, new StringSerializer(),
                new ByteArraySerializer()));
    }

    @Bean
    CommonErrorHandler errorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate, ExtractProperties properties) {
        var deadLetters = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(ExtractProperties.deadLetter(record.topic()), record.partition()));
        ConsumerRecordRecoverer recoverer = (record, exception) -> {
            deadLetters.accept(record, exception);
            log.warn("dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                    ExtractProperties.deadLetter(record.topic()),
                    NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
        };
        var backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxAttempts(properties.retries());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidArticleException.class);
        return handler;
    }
}
