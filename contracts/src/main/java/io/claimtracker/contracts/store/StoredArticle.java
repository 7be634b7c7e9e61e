package io.claimtracker.contracts.store;

import java.time.Instant;
import java.util.List;

/**
 * An article as extract-service processed it. {@code text} is the text the appearances' offsets point into:
 * the submitted text, or the text extracted from the submitted HTML. {@code bodyKeys} fingerprint its body
 * (hashes of its longer paragraphs, normalised): an article sharing most of them with an earlier one is a copy.
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
        Instant processedAt,
        List<String> bodyKeys) {
}
