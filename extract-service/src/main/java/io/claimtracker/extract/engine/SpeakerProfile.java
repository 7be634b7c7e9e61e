package io.claimtracker.extract.engine;

import java.util.List;

/**
 * What one article establishes about a speaker of its claims: the canonical name without honorifics, the other
 * ways the article names or refers to the person ("Sir Richard", "Moore", "C", "the head of MI6"), and the
 * descriptions it ties to the name by apposition, pre-modifier or title ("the spy agency's chief", "MI6 chief").
 * {@code claims} counts the claims of this article the person made or relayed.
 */
public record SpeakerProfile(String name, List<String> aliases, List<String> descriptions, int claims) {

    public SpeakerProfile {
        aliases = List.copyOf(aliases);
        descriptions = List.copyOf(descriptions);
    }
}
