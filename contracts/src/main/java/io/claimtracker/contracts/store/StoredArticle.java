package io.claimtracker.contracts.store;

import java.time.Instant;
import java.util.List;

/**
 * An article as extract-service processed it. {@code text} is the text the appearances' offsets point into:
 * the submitted text, or the text extracted from the submitted HTML.
 */
public record StoredArticle(
        String id,
        String url,
        String outlet,
        String title,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        Instant seenAt,
        TimeSource timeSource,
        String text,
        List<StoredAppearance> appearances,
        Instant processedAt) {
}
