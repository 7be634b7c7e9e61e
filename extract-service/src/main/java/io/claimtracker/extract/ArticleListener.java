package io.claimtracker.extract;

import io.claimtracker.contracts.ClaimChanged;
import io.claimtracker.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Consumes {@link Topics#ARTICLES_RAW}: extracts, writes, then announces the claims that changed on
 * {@link Topics#CLAIMS_CHANGES}. The offset is committed only after all of that succeeded (at least once);
 * failures go to the error handler of {@link KafkaConfiguration}.
 */
@Component
class ArticleListener {

    private static final Logger log = LoggerFactory.getLogger(ArticleListener.class);

    private final ArticleProcessor processor;
    private final ClaimStore store;
    private final KafkaTemplate<String, ClaimChanged> changes;

    ArticleListener(ArticleProcessor processor, ClaimStore store, KafkaTemplate<String, ClaimChanged> changes) {
        this.processor = processor;
        this.store = store;
        this.changes = changes;
    }

    @KafkaListener(topics = Topics.ARTICLES_RAW)
    void onArticle(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        ProcessedArticle processed = processor.process(record.value(), Instant.ofEpochMilli(record.timestamp()));
        List<ClaimChanged> changed = store.write(processed);
        publish(changed);
        log.debug("article {}: {} appearances, {} claims changed", processed.article().id(),
                processed.article().appearances().size(), changed.size());
    }

    private void publish(List<ClaimChanged> changed) throws InterruptedException {
        CompletableFuture<?>[] sends = changed.stream()
                .map(event -> changes.send(Topics.CLAIMS_CHANGES, event.claimId(), event))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + changed.size() + " claim changes", e);
        }
    }
}
