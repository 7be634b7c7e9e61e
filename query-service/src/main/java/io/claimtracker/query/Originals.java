package io.claimtracker.query;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles of a claim that are syndicated copies, each with the original it copies. A claim's independent
 * reports are one per original: the earliest of the claim's articles carrying that body (usually the original
 * itself; the first copy when the original did not report the claim), so independent reports plus copies are
 * always the claim's articles.
 */
record Originals(Map<String, String> originalOfCopy) {

    static final Originals NONE = new Originals(Map.of());

    /** The original {@code articleId} copies, or null when it is no copy. */
    String of(String articleId) {
        return originalOfCopy.get(articleId);
    }

    /** The independent reports among {@code articleIds}, given oldest first. */
    Set<String> independentAmong(List<String> articleIds) {
        Set<String> bodies = new HashSet<>();
        Set<String> independent = new LinkedHashSet<>();
        for (String articleId : articleIds) {
            if (bodies.add(originalOfCopy.getOrDefault(articleId, articleId))) {
                independent.add(articleId);
            }
        }
        return independent;
    }
}
