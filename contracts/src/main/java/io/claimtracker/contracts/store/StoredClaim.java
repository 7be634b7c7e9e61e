package io.claimtracker.contracts.store;

import java.time.Instant;
import java.util.List;

/**
 * One statement by one speaker with all its appearances. {@code articleIds} and {@code outlets} are sets kept
 * beside the appearances for indexed filtering; {@code tokens} are {@link SearchTokens} of all wordings.
 */
public record StoredClaim(
        String id,
        String text,
        String kind,
        String speakerId,
        String speakerName,
        Instant firstSeen,
        Instant lastSeen,
        List<String> articleIds,
        List<String> outlets,
        List<StoredAppearance> appearances,
        List<String> tokens) {
}
