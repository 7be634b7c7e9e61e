package io.claimtracker.extract;

import io.claimtracker.contracts.AppearancesAttributed;
import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Stage one, keyed by article: consumes {@link Topics#ARTICLES_RAW}, extracts, writes the article and what it says
 * about its speakers, then re-keys its appearances by speaker onto {@link Topics#CLAIM_APPEARANCES} for
 * {@link ClaimListener}. The offset is committed only after all of that succeeded (at least once); failures go to
 * the error handler of {@link KafkaConfiguration}.
 */
@Component
class ArticleListener {

    private static final Logger log = LoggerFactory.getLogger(ArticleListener.class);

    private final ArticleProcessor processor;
    private final ArticleStore store;
    private final EventPublisher events;
    private final String claimAppearances;

    ArticleListener(ArticleProcessor processor, ArticleStore store, EventPublisher events,
                    ExtractProperties properties) {
        this.processor = processor;
        this.store = store;
        this.events = events;
        this.claimAppearances = properties.topics().claimAppearances();
    }

    @KafkaListener(id = "articles", topics = "${claimtracker.extract.topics.articles:" + Topics.ARTICLES_RAW + "}")
    void onArticle(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Instant recordTime = Instant.ofEpochMilli(record.timestamp());
        ArticleReceived article = processor.read(record.value()).withIdentity(recordTime);
        ProcessedArticle processed = processor.process(article, recordTime, store.forArticle(article.articleId()));
        List<AppearancesAttributed> resolved = store.write(processed);
        events.publish(claimAppearances, processed.attributions(), AppearancesAttributed::speakerKey);
        events.publish(claimAppearances, resolved, AppearancesAttributed::speakerKey);
        log.debug("article {}: {} appearances for {} speakers", processed.article().id(),
                processed.article().appearances().size(), processed.attributions().size());
    }
}
