package io.claimtracker.ingest;

import io.claimtracker.contracts.ArticleReceived;

import java.util.ArrayList;
import java.util.List;

/**
 * Feeds a stream of articles (NDJSON lines, import files) to {@link ArticleIngest} in groups, so a batch keeps
 * many sends in flight without holding the whole batch in memory. Each outcome goes to the sink with the source
 * it came from (a line number, a file name). Once an article could not be written, the caller should stop: the
 * broker or the database is down and every further try would wait for a timeout.
 */
final class ChunkedIngest<S> {

    /** Enough to keep the producer busy; small enough to stay well inside its 32 MB buffer. */
    static final int MAX_ARTICLES = 200;
    static final long MAX_CHARS = 8L * 1024 * 1024;

    interface Sink<S> {
        void accept(S source, Outcome outcome);
    }

    private final ArticleIngest ingest;
    private final Sink<S> sink;
    private final List<S> sources = new ArrayList<>();
    private final List<ArticleReceived> articles = new ArrayList<>();
    private long chars;
    private boolean failed;

    ChunkedIngest(ArticleIngest ingest, Sink<S> sink) {
        this.ingest = ingest;
        this.sink = sink;
    }

    void add(S source, ArticleReceived article) {
        sources.add(source);
        articles.add(article);
        chars += length(article.text()) + length(article.html());
        if (articles.size() >= MAX_ARTICLES || chars >= MAX_CHARS) {
            flush();
        }
    }

    void flush() {
        if (articles.isEmpty()) {
            return;
        }
        List<Outcome> outcomes = ingest.ingestAll(articles);
        for (int i = 0; i < outcomes.size(); i++) {
            failed |= outcomes.get(i).status() == Outcome.Status.FAILED;
            sink.accept(sources.get(i), outcomes.get(i));
        }
        sources.clear();
        articles.clear();
        chars = 0;
    }

    /** Articles waiting for the next group. */
    int pending() {
        return articles.size();
    }

    /** Whether some article could not be written (Kafka or MongoDB down). */
    boolean failed() {
        return failed;
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }
}
