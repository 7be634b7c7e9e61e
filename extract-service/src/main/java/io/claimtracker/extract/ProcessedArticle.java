package io.claimtracker.extract;

import io.claimtracker.contracts.AppearancesAttributed;
import io.claimtracker.contracts.store.StoredArticle;

import java.time.Instant;
import java.util.List;

/**
 * What one article contributes: the article with its appearances, what it says about each named speaker, and
 * per speaker the appearances to cluster into claims (re-keyed by speaker on {@code claims.appearances}).
 */
record ProcessedArticle(StoredArticle article, List<SpeakerContribution> speakers,
                        List<AppearancesAttributed> attributions) {

    /** A named speaker as this article names and describes it. */
    record SpeakerContribution(String speakerId, String name, List<String> aliases, List<String> descriptions,
                               String articleId, Instant seenAt) {
    }
}
