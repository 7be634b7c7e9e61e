package io.claimtracker.contracts.store;

import java.time.Instant;
import java.util.List;

/**
 * One person or body. {@code name} is canonical (no honorifics); {@code aliases} are the other ways articles
 * name it, {@code descriptions} the roles they give it ("the head of MI6"); {@code tokens} serve name search;
 * {@code keys} are the normalised aliases and descriptions the writer resolves unnamed mentions by;
 * {@code mentions} say in which article each alias and description was seen.
 */
public record StoredSpeaker(
        String id,
        String name,
        List<String> aliases,
        List<String> descriptions,
        Instant firstSeen,
        Instant lastSeen,
        List<String> tokens,
        List<String> keys,
        List<StoredMention> mentions) {

    /** An alias or description ({@code kind}: alias, description) as one article used it. */
    public record StoredMention(String text, String kind, String articleId) {
    }
}
