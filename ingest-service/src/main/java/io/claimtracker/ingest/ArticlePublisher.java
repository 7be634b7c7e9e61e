package io.claimtracker.ingest;

import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes articles to {@link Topics#ARTICLES_RAW}: key = article id, value = the {@link ArticleReceived} JSON.
 * Serialised here rather than by a Kafka JSON serializer so the value is exactly the contract's JSON, with no
 * type headers that foreign consumers would have to know about.
 */
@Component
class ArticlePublisher {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    private final KafkaTemplate<String, String> kafka;
    private final KafkaAdmin admin;
    private final NewTopic rawTopic;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicBoolean topicConfirmed = new AtomicBoolean();

    ArticlePublisher(KafkaTemplate<String, String> kafka, KafkaAdmin admin, NewTopic rawTopic) {
        this.kafka = kafka;
        this.admin = admin;
        this.rawTopic = rawTopic;
    }

    /**
     * Starts sending; the future completes when the broker has acknowledged the record (acks=all). Blocks at most
     * the producer's {@code max.block.ms} when the broker's metadata is missing, then returns a failed future.
     */
    CompletableFuture<?> send(ArticleReceived article) {
        try {
            return kafka.send(Topics.ARTICLES_RAW, article.articleId(), json.writeValueAsString(article));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Called after an acknowledged send. If the broker was down when the service started, the start-up topic
     * creation failed and the broker may since have auto-created the topic with its defaults (one partition, 1 MB
     * messages); bring it to the declared shape once, now that the broker is known to answer.
     */
    void confirmTopicOnce() {
        if (topicConfirmed.compareAndSet(false, true)) {
            // off the request thread: the article is already written, its answer should not wait for this
            CompletableFuture.runAsync(() -> {
                try {
                    admin.createOrModifyTopics(rawTopic);
                } catch (RuntimeException e) {
                    log.warn("Could not check topic {}: {}", rawTopic.name(), e.getMessage());
                }
            });
        }
    }

    String bootstrapServers() {
        Object servers = kafka.getProducerFactory().getConfigurationProperties()
                .get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
        return servers instanceof Collection<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(servers);
    }

    /** A sentence for the submitter: what failed, where, and that the article was not written. */
    String whyNotWritten(Throwable failure) {
        Throwable cause = rootOf(failure);
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof RetriableException || cause instanceof java.util.concurrent.TimeoutException) {
            return "Kafka is unreachable at " + bootstrapServers() + " (KAFKA_BOOTSTRAP_SERVERS): the article was not "
                    + "written; try again when the broker is up (" + detail + ")";
        }
        return "Kafka at " + bootstrapServers() + " did not accept the article, so it was not written: " + detail;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof org.springframework.kafka.KafkaException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
