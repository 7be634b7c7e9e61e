package io.claimtracker.extract.engine;

import java.util.List;

/**
 * One appearance of a claim in an article. {@code start}/{@code end} are code-point offsets into the text
 * the extraction ran on, end exclusive, and {@code text} is exactly that slice. {@code reportedBy} names the
 * speaker who relayed a quote inside a quote, else null. {@code speaker} may be null when nobody is found.
 *
 * <p>{@code parts} lists the quoted segments when a quotation is split by its attribution
 * ("“A,” he said. “B.”" is one claim from A to B, with parts A and B), or reported speech around its own cue ("A, he
 * said, B"); it is empty when the whole span is the claim.
 */
public record ExtractedClaim(
        ClaimKind kind,
        String text,
        int start,
        int end,
        String cue,
        SpeakerMention speaker,
        String reportedBy,
        double confidence,
        List<Span> parts) {

    public ExtractedClaim {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public ExtractedClaim(ClaimKind kind, String text, int start, int end, String cue, SpeakerMention speaker,
                          String reportedBy, double confidence) {
        this(kind, text, start, end, cue, speaker, reportedBy, confidence, List.of());
    }
}
