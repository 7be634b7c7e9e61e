package io.claimtracker.extract;

import java.time.Instant;
import java.util.List;

/**
 * One statement of one appearance, as the clustering stage keeps it (collection {@code statements}, written and
 * read by that stage only). {@code words} are the statement's index words, {@code claimId} the claim its
 * component of the "same claim" graph currently forms.
 *
 * @param id        speakerKey/articleId:start-end, code points into the article's text
 * @param seed      the claim id this statement would found alone; a claim's id is the least seed among its
 *                  statements, so it does not depend on the order statements arrive in
 * @param relayedIn for a quote inside a quote, the relaying speaker's appearance that holds it
 * @param bridges   whether it is full enough to join the claims it matches ({@code ClaimMatcher.bridges}); a
 *                  shorter statement belongs to the one claim it matches, else to its own
 * @param ambiguous for a shorter statement matching several claims, those claims (it belongs to none of them)
 */
record StoredStatement(
        String id,
        String speakerKey,
        String speakerId,
        String speakerName,
        String claimId,
        String seed,
        List<String> words,
        String text,
        int start,
        int end,
        String appearanceId,
        String articleId,
        String url,
        String outlet,
        Instant publishedAt,
        Instant seenAt,
        String timeSource,
        String kind,
        String cue,
        String speakerMention,
        String reportedBy,
        String relayedIn,
        double confidence,
        boolean bridges,
        List<String> ambiguous) {

    static final String COLLECTION = "statements";

    StoredStatement {
        words = words == null ? List.of() : words;
        ambiguous = ambiguous == null ? List.of() : ambiguous;
    }

    StoredStatement withClaimId(String newClaimId, List<String> newAmbiguous) {
        return new StoredStatement(id, speakerKey, speakerId, speakerName, newClaimId, seed, words, text, start, end,
                appearanceId, articleId, url, outlet, publishedAt, seenAt, timeSource, kind, cue, speakerMention,
                reportedBy, relayedIn, confidence, bridges, newAmbiguous);
    }

    boolean relayed() {
        return reportedBy != null;
    }
}
