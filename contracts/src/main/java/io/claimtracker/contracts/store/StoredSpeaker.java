package io.claimtracker.contracts.store;

import java.time.Instant;
import java.util.List;

/**
 * One person or body. {@code name} is canonical (no honorifics); {@code aliases} are the other ways articles
 * name it, {@code descriptions} the roles they give it ("the head of MI6"); {@code tokens} serve name search.
 */
public record StoredSpeaker(
        String id,
        String name,
        List<String> aliases,
        List<String> descriptions,
        Instant firstSeen,
        Instant lastSeen,
        List<String> tokens) {
}
