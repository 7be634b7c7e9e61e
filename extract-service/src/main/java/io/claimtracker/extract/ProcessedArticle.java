package io.claimtracker.extract;

import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredArticle;

import java.time.Instant;
import java.util.List;

/**
 * Everything one article contributes to the store: the article with its appearances, the claims they state and
 * the named speakers who made them.
 */
record ProcessedArticle(StoredArticle article, List<ClaimContribution> claims, List<SpeakerContribution> speakers) {

    /** The appearances of one claim in this article. */
    record ClaimContribution(String claimId, String text, String kind, String speakerId, String speakerName,
                             List<StoredAppearance> appearances) {
    }

    /** A named speaker as this article calls it. */
    record SpeakerContribution(String speakerId, String name, List<String> aliases, List<String> descriptions,
                               Instant seenAt) {
    }
}
