package io.claimtracker.extract.engine;

import java.util.List;

/**
 * What the engine found in one article. {@code text} is the text all offsets point into: the input text, or
 * for HTML input the text extracted from it.
 */
public record Extraction(String text, List<ExtractedClaim> claims) {
}
