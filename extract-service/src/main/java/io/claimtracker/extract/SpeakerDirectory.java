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

    SpeakerDirectory NONE = mention -> Optional.empty();
}
