package io.claimtracker.extract.engine;

/**
 * One appearance of a claim in an article. {@code start}/{@code end} are code-point offsets into the text
 * the extraction ran on, end exclusive, and {@code text} is exactly that slice. {@code reportedBy} names the
 * speaker who relayed a quote inside a quote, else null. {@code speaker} may be null when nobody is found.
 */
public record ExtractedClaim(
        ClaimKind kind,
        String text,
        int start,
        int end,
        String cue,
        SpeakerMention speaker,
        String reportedBy,
        double confidence) {
}
