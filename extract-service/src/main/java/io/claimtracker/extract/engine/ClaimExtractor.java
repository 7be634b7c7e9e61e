package io.claimtracker.extract.engine;

import java.util.List;

/**
 * The extraction engine: a pure function from an article's text to the claims in it. Thread-safe, no framework
 * types, never throws on input.
 */
public final class ClaimExtractor {

    public Extraction extract(String text) {
        return new Extraction(text == null ? "" : text, List.of());
    }

    public Extraction extractHtml(String html) {
        return extract(html == null ? "" : org.jsoup.Jsoup.parse(html).wholeText());
    }
}
