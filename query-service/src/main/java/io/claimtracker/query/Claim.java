package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.contracts.store.TimeSource;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A claim as the API shows it (DESIGN.md "Claim"). Counts and variants are derived here from the stored
 * appearances, so the writer only ever upserts what it saw.
 *
 * @param outlets  the distinct outlets that reported it (beside the required {@code outletCount})
 * @param variants the distinct wordings, most widely reported first
 */
record Claim(
        String id,
        String text,
        String kind,
        SpeakerRef speaker,
        Instant firstSeen,
        Instant lastSeen,
        int articleCount,
        int outletCount,
        List<String> outlets,
        List<Appearance> appearances,
        List<Variant> variants) {

    record SpeakerRef(String id, String name) {
    }

    /** One report of the claim: where, when (and whence the time), the exact words and who said them. */
    record Appearance(
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
            String reportedBy,
            double confidence) {

        static Appearance of(StoredAppearance stored) {
            return new Appearance(stored.articleId(), stored.url(), stored.outlet(), stored.publishedAt(),
                    stored.seenAt(), stored.timeSource(), stored.text(), stored.start(), stored.end(), stored.kind(),
                    stored.cue(), stored.speakerMention(), stored.reportedBy(), stored.confidence());
        }
    }

    /** One exact wording and the articles that printed it. */
    record Variant(String text, List<String> articleIds) {
    }

    /** Oldest report first; within an article, in reading order. */
    private static final Comparator<StoredAppearance> CHRONOLOGICAL = Comparator
            .comparing(StoredAppearance::seenAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredAppearance::articleId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(StoredAppearance::start);

    private static final Comparator<Variant> MOST_REPORTED = Comparator
            .comparingInt((Variant variant) -> variant.articleIds().size()).reversed()
            .thenComparing(Variant::text);

    static Claim of(StoredClaim stored) {
        List<StoredAppearance> appearances = nonNull(stored.appearances()).stream().sorted(CHRONOLOGICAL).toList();
        List<String> outlets = distinct(Stream.concat(nonNull(stored.outlets()).stream(),
                appearances.stream().map(StoredAppearance::outlet)));
        int articleCount = distinct(Stream.concat(nonNull(stored.articleIds()).stream(),
                appearances.stream().map(StoredAppearance::articleId))).size();
        return new Claim(stored.id(), stored.text(), stored.kind(),
                new SpeakerRef(stored.speakerId(), stored.speakerName()), stored.firstSeen(), stored.lastSeen(),
                articleCount, outlets.size(), outlets,
                appearances.stream().map(Appearance::of).toList(), variants(appearances));
    }

    private static List<Variant> variants(List<StoredAppearance> appearances) {
        Map<String, Set<String>> articlesByWording = new LinkedHashMap<>();
        for (StoredAppearance appearance : appearances) {
            if (appearance.text() != null) {
                Set<String> articleIds = articlesByWording.computeIfAbsent(appearance.text(),
                        wording -> new LinkedHashSet<>());
                if (appearance.articleId() != null) {
                    articleIds.add(appearance.articleId());
                }
            }
        }
        return articlesByWording.entrySet().stream()
                .map(wording -> new Variant(wording.getKey(), List.copyOf(wording.getValue())))
                .sorted(MOST_REPORTED)
                .toList();
    }

    private static List<String> distinct(Stream<String> values) {
        return values.filter(Objects::nonNull).distinct().toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
