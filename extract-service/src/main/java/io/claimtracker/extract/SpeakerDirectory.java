package io.claimtracker.extract;

import java.util.Optional;

/**
 * What earlier articles taught about speakers: who "the head of MI6" or a bare "Moore" is, when an article does
 * not say. Consulted only for mentions the article itself cannot resolve.
 */
interface SpeakerDirectory {

    /** The one known speaker this alias or description names, or empty when none or several do. */
    Optional<Known> resolve(String mention);

    record Known(String speakerId, String name) {
    }

    /**
     * How the first processing of this article attributed the appearance at this span, when it was processed
     * before: a replay must attribute it the same way, whatever the directory has learnt since. Empty when there
     * was no first processing (or no such appearance); a present {@code Known} with a null id means the first
     * processing found no named speaker for it.
     */
    default Optional<Known> firstAttribution(String appearanceId) {
        return Optional.empty();
    }

    SpeakerDirectory NONE = mention -> Optional.empty();
}
