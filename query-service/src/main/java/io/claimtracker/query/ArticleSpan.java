package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredAppearance;

/**
 * A span of an article named the way appearance ids name it: {@code articleId:start-end}, code points, end
 * exclusive. Spans relate the pieces the writer cuts an article into: statements inside an engine appearance,
 * a relayed quote inside the reply that holds it.
 */
record ArticleSpan(String articleId, int start, int end) {

    /** The span an appearance id names, or null when it is not of that form. */
    static ArticleSpan parse(String appearanceId) {
        if (appearanceId == null) {
            return null;
        }
        int colon = appearanceId.lastIndexOf(':');
        int dash = appearanceId.lastIndexOf('-');
        if (colon <= 0 || dash < colon) {
            return null;
        }
        try {
            return new ArticleSpan(appearanceId.substring(0, colon),
                    Integer.parseInt(appearanceId.substring(colon + 1, dash)),
                    Integer.parseInt(appearanceId.substring(dash + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static ArticleSpan of(StoredAppearance appearance) {
        return new ArticleSpan(appearance.articleId(), appearance.start(), appearance.end());
    }

    /** Whether {@code inner} lies within this span, in the same article (its ends may touch this span's). */
    boolean holds(ArticleSpan inner) {
        return articleId.equals(inner.articleId) && start <= inner.start && inner.end <= end;
    }

    boolean holds(StoredAppearance appearance) {
        return holds(of(appearance));
    }

    int length() {
        return end - start;
    }
}
