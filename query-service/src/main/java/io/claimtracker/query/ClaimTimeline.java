package io.claimtracker.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtracker.contracts.store.StoredClaim;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A speaker's claims in the order they were first seen, oldest first.
 *
 * @param truncated true when more entries matched than one answer carries; narrow {@code from}/{@code to}
 * @param buckets   only when a {@code bucket} width was asked for: counts per hour or day, for charts
 */
record ClaimTimeline(Speaker speaker, List<Entry> entries, boolean truncated,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<Bucket> buckets) {

    record Entry(String claimId, String text, String kind, Instant firstSeen, Instant lastSeen, int articleCount,
                 List<String> outlets) {

        static Entry of(StoredClaim stored) {
            List<String> articleIds = stored.articleIds() == null ? List.of() : stored.articleIds();
            List<String> outlets = stored.outlets() == null ? List.of() : stored.outlets();
            return new Entry(stored.id(), stored.text(), stored.kind(), stored.firstSeen(), stored.lastSeen(),
                    (int) articleIds.stream().filter(Objects::nonNull).distinct().count(),
                    outlets.stream().filter(Objects::nonNull).distinct().toList());
        }
    }

    /**
     * @param claims      the speaker's claims first seen in the bucket
     * @param appearances appearances of the speaker's claims (any claim) seen in the bucket
     */
    record Bucket(Instant start, long claims, long appearances) {
    }

    /** {@code fetched} holds up to limit + 1 entries: the extra one only says that the timeline goes on. */
    static ClaimTimeline of(Speaker speaker, List<Entry> fetched, int limit, List<Bucket> buckets) {
        return fetched.size() <= limit ? new ClaimTimeline(speaker, fetched, false, buckets)
                : new ClaimTimeline(speaker, List.copyOf(fetched.subList(0, limit)), true, buckets);
    }

    /** Non-empty buckets only, oldest first, from the counts per bucket start. */
    static List<Bucket> buckets(Map<Instant, Long> claims, Map<Instant, Long> appearances) {
        TreeSet<Instant> starts = new TreeSet<>(claims.keySet());
        starts.addAll(appearances.keySet());
        return starts.stream()
                .map(start -> new Bucket(start, claims.getOrDefault(start, 0L), appearances.getOrDefault(start, 0L)))
                .toList();
    }
}
