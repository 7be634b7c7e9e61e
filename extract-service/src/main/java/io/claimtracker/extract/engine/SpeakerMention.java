package io.claimtracker.extract.engine;

/**
 * Who made a claim. {@code name} is the canonical name without honorifics ("Richard Moore") resolved within
 * the article, or for an unnamed source its description as written ("a security official") with
 * {@code named == false}; {@code mention} is the text at the attribution ("he", "the head of MI6") and
 * {@code start}/{@code end} its code-point offsets, or -1 when the speaker is carried over from context.
 */
public record SpeakerMention(String name, String mention, int start, int end, boolean named) {
}
