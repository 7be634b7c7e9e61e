package io.claimtracker.contracts.store;

import java.time.Instant;

/**
 * One span of one article that states a claim. {@code start}/{@code end} are code-point offsets into the
 * article's stored {@code text}, end exclusive. {@code seenAt} is the article's publication time when known,
 * else its receive time; {@code timeSource} says which.
 *
 * @param appearanceId articleId + ":" + start + "-" + end, stable across replays
 * @param kind         direct, partial or indirect
 * @param reportedBy   for a quote inside a quote, the speaker who relayed it; else null
 */
public record StoredAppearance(
        String appearanceId,
        String articleId,
        String url,
        String outlet,
        Instant publishedAt,
        Instant seenAt,
        TimeSource timeSource,
        String text,
        int start,
        int end,
        String kind,
        String cue,
        String speakerMention,
        String speakerId,
        String speakerName,
        String reportedBy,
        String claimId,
        double confidence) {
}
