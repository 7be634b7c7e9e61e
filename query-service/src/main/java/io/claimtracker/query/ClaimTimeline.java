package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredClaim;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A speaker's claims in the order they were first seen, oldest first.
 *
 * @param truncated true when more entries matched than one answer carries; narrow {@code from}/{@code to}
 */
record ClaimTimeline(Speaker speaker, List<Entry> entries, boolean truncated) {

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

    /** {@code fetched} holds up to limit + 1 entries: the extra one only says that the timeline goes on. */
    static ClaimTimeline of(Speaker speaker, List<Entry> fetched, int limit) {
        return fetched.size() <= limit ? new ClaimTimeline(speaker, fetched, false)
                : new ClaimTimeline(speaker, List.copyOf(fetched.subList(0, limit)), true);
    }
}
