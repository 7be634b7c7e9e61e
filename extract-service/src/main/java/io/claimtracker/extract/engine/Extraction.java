package io.claimtracker.extract.engine;

import java.util.List;

/**
 * What the engine found in one article. {@code text} is the text all offsets point into: the input text, or
 * for HTML input the text extracted from it. {@code speakers} profiles the people behind the claims as this
 * article presents them; {@code published} is the publication date the page shows, or null.
 */
public record Extraction(String text, List<ExtractedClaim> claims, List<SpeakerProfile> speakers,
                         PublicationDate published) {

    public Extraction {
        claims = claims == null ? List.of() : List.copyOf(claims);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    public Extraction(String text, List<ExtractedClaim> claims) {
        this(text, claims, List.of(), null);
    }
}
