package io.claimtracker.ingest;

import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.ArticleValidator;
import io.claimtracker.contracts.FieldError;
import io.claimtracker.contracts.PublicationTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one ingest path, shared by the HTTP endpoint and the import command: validate, give the article its stable
 * id, skip ids already published, publish to Kafka and wait for the broker's acknowledgement, then record the id.
 *
 * <p>The id is recorded only after the broker has the article, so a failure in between loses nothing; at worst
 * a later repeat is published again, which extract-service absorbs (its writes are idempotent upserts). The
 * reverse order could record an article that was never written, and every later submission of it would then be
 * dropped as a duplicate.
 */
@Service
class ArticleIngest {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngest.class);

    private final ArticlePublisher publisher;
    private final IngestedArticles ingested;
    private final IngestProperties properties;
    private final Clock clock = Clock.systemUTC();

    ArticleIngest(ArticlePublisher publisher, IngestedArticles ingested, IngestProperties properties) {
        this.publisher = publisher;
        this.ingested = ingested;
        this.properties = properties;
    }

    Outcome ingest(ArticleReceived submitted) {
        return ingestAll(List.of(submitted)).get(0);
    }

    /**
     * Ingests a group of articles together: one MongoDB lookup, all sends in flight at once, one wait. Outcomes
     * come back in the order of the input. An article repeated inside the group is a duplicate of its first
     * occurrence. When Kafka fails, the articles not yet sent are not tried (each try would block for the
     * producer's timeout) and come back FAILED.
     */
    List<Outcome> ingestAll(List<ArticleReceived> submitted) {
        Outcome[] outcomes = new Outcome[submitted.size()];
        Instant now = clock.instant();
        Map<Integer, ArticleReceived> valid = new LinkedHashMap<>();
        for (int i = 0; i < submitted.size(); i++) {
            List<FieldError> errors = ArticleValidator.validate(submitted.get(i));
            if (errors.isEmpty()) {
                valid.put(i, identified(submitted.get(i), now));
            } else {
                outcomes[i] = Outcome.rejected(errors);
            }
        }
        if (valid.isEmpty()) {
            return List.of(outcomes);
        }

        Set<String> known;
        try {
            known = ingested.known(valid.values().stream().map(ArticleReceived::articleId).toList());
        } catch (RuntimeException e) {
            String reason = "MongoDB is unreachable at " + ingested.where() + " (MONGODB_URI), so repeats cannot be "
                    + "told apart: the article was not written; try again when the database is up ("
                    + e.getClass().getSimpleName() + ")";
            valid.forEach((i, article) -> outcomes[i] = Outcome.failed(article.articleId(), reason));
            logDropped(outcomes);
            return List.of(outcomes);
        }

        Set<String> seen = new HashSet<>(known);
        Map<Integer, CompletableFuture<?>> sends = new LinkedHashMap<>();
        String sendFailure = null;
        for (Map.Entry<Integer, ArticleReceived> entry : valid.entrySet()) {
            ArticleReceived article = entry.getValue();
            if (!seen.add(article.articleId())) {
                outcomes[entry.getKey()] = Outcome.duplicate(article.articleId());
            } else if (sendFailure != null) {
                outcomes[entry.getKey()] = Outcome.failed(article.articleId(), sendFailure);
            } else {
                CompletableFuture<?> send = publisher.send(article);
                sends.put(entry.getKey(), send);
                if (send.isCompletedExceptionally()) {
                    sendFailure = publisher.whyNotWritten(failureOf(send));
                }
            }
        }

        List<ArticleReceived> published = awaitAcks(sends, valid, outcomes);
        logDropped(outcomes);
        if (!published.isEmpty()) {
            publisher.confirmTopicOnce();
            try {
                ingested.record(published);
            } catch (RuntimeException e) {
                log.warn("Published {} article(s) but could not record their ids in MongoDB ({}); a repeat will be "
                        + "published again and extract-service will absorb it", published.size(), e.getMessage());
            }
        }
        return List.of(outcomes);
    }

    /** Says what was dropped and why: each rejection at debug level, failures to write as one warning. */
    private static void logDropped(Outcome[] outcomes) {
        long failed = 0;
        String reason = null;
        for (Outcome outcome : outcomes) {
            if (outcome.status() == Outcome.Status.REJECTED) {
                log.debug("Rejected an article: {}", outcome.errors());
            } else if (outcome.status() == Outcome.Status.FAILED) {
                failed++;
                reason = outcome.reason();
            }
        }
        if (failed > 0) {
            log.warn("{} article(s) not written: {}", failed, reason);
        }
    }

    private List<ArticleReceived> awaitAcks(Map<Integer, CompletableFuture<?>> sends,
            Map<Integer, ArticleReceived> valid, Outcome[] outcomes) {
        List<ArticleReceived> published = new ArrayList<>();
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (Map.Entry<Integer, CompletableFuture<?>> send : sends.entrySet()) {
            ArticleReceived article = valid.get(send.getKey());
            try {
                send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                outcomes[send.getKey()] = Outcome.accepted(article.articleId());
                published.add(article);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes[send.getKey()] = Outcome.failed(article.articleId(), "interrupted while waiting for Kafka");
            } catch (Exception e) {
                // the record may still reach the broker later; a retry is then answered as published again,
                // which extract-service absorbs
                outcomes[send.getKey()] = Outcome.failed(article.articleId(), publisher.whyNotWritten(e));
            }
        }
        return published;
    }

    private static Throwable failureOf(CompletableFuture<?> done) {
        try {
            done.join();
            return new IllegalStateException("no failure");
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** The article as it goes on the topic: publication time as an ISO instant, id, receive time, version. */
    private static ArticleReceived identified(ArticleReceived submitted, Instant now) {
        String publishedAt = submitted.publishedAt() == null ? null
                : PublicationTimes.parse(submitted.publishedAt()).toString();
        return new ArticleReceived(0, null, submitted.url(), submitted.outlet(), submitted.title(), publishedAt,
                submitted.language(), submitted.text(), submitted.html(), null).withIdentity(now);
    }
}
