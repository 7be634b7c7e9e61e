package io.claimtracker.contracts.store;

import java.time.Instant;
import java.util.List;

/**
 * One statement by one speaker with all its appearances (statement-sized spans of articles). {@code articleIds}
 * and {@code outlets} are sets kept beside the appearances for indexed filtering; {@code tokens} are
 * {@link SearchTokens} of all wordings. {@code responses} are other speakers' quotes of these words (Zakharova
 * quoting Moore's "open doors" back at him), each naming the appearance of the reply that holds it.
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
        List<String> tokens,
        List<StoredResponse> responses) {

    /**
     * Another speaker quoting this claim's words back: {@code text} is the quoted words as the reply gives them,
     * {@code replyAppearanceId} the appearance of the reply (in {@code articleId}) that holds the quote.
     */
    public record StoredResponse(String speakerName, String articleId, String text, String replyAppearanceId) {
    }
}
