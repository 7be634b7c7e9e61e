package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredArticle;
import io.claimtracker.contracts.store.TimeSource;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An article as extract-service processed it: the cleaned text the offsets point into, and every appearance
 * found in it (in reading order) with the claim and speaker it was assigned to.
 */
record Article(
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
        List<Appearance> appearances,
        Instant processedAt) {

    record Appearance(
            String claimId,
            String text,
            int start,
            int end,
            String kind,
            String cue,
            String speakerId,
            String speakerName,
            String speakerMention,
            String reportedBy,
            double confidence) {

        static Appearance of(StoredAppearance stored) {
            return new Appearance(stored.claimId(), stored.text(), stored.start(), stored.end(), stored.kind(),
                    stored.cue(), stored.speakerId(), stored.speakerName(), stored.speakerMention(),
                    stored.reportedBy(), stored.confidence());
        }
    }

    static Article of(StoredArticle stored) {
        List<Appearance> appearances = stored.appearances() == null ? List.of() : stored.appearances().stream()
                .sorted(Comparator.comparingInt(StoredAppearance::start).thenComparingInt(StoredAppearance::end))
                .map(Appearance::of)
                .toList();
        return new Article(stored.id(), stored.url(), stored.outlet(), stored.title(), stored.language(),
                stored.publishedAt(), stored.receivedAt(), stored.seenAt(), stored.timeSource(), stored.text(),
                appearances, stored.processedAt());
    }
}
