package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredSpeaker;

import java.time.Instant;
import java.util.List;

/**
 * A speaker as the API shows it: canonical name, the other names and the descriptions articles use for it, and
 * how many claims it has (counted on read).
 */
record Speaker(
        String id,
        String name,
        List<String> aliases,
        List<String> descriptions,
        long claimCount,
        Instant firstSeen,
        Instant lastSeen) {

    static Speaker of(StoredSpeaker stored, long claimCount) {
        return new Speaker(stored.id(), stored.name(), orEmpty(stored.aliases()), orEmpty(stored.descriptions()),
                claimCount, stored.firstSeen(), stored.lastSeen());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
