package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredArticle;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's body fingerprint ({@code bodyKeys}: hashes of its longer paragraphs) and its place in time, and
 * the rule that makes one article a syndicated copy of another: B copies A when A is earlier (by seenAt, then id)
 * and they share at least {@value #MIN_SHARED} keys and at least 80% of the smaller set. Decided on read, so the
 * rule can change without rewriting the store, and an article arriving late still finds its copies.
 */
record BodyPrint(String articleId, Instant seenAt, Set<String> keys) {

    static final int MIN_SHARED = 3;
    static final double MIN_SHARE = 0.8;

    /** Earlier first: by seenAt (unknown last), then id, so two articles seen at once still have an order. */
    static final Comparator<BodyPrint> EARLIEST_FIRST = Comparator
            .comparing(BodyPrint::seenAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BodyPrint::articleId);

    static BodyPrint of(StoredArticle article) {
        return new BodyPrint(article.id(), article.seenAt(),
                article.bodyKeys() == null ? Set.of() : Set.copyOf(article.bodyKeys()));
    }

    /** Fewer keys than {@value #MIN_SHARED} (a short article, or one stored without prints) never make a copy. */
    boolean canBeCopy() {
        return keys.size() >= MIN_SHARED;
    }

    boolean isCopyOf(BodyPrint earlier) {
        if (articleId.equals(earlier.articleId) || EARLIEST_FIRST.compare(earlier, this) >= 0) {
            return false;
        }
        Set<String> shared = new HashSet<>(keys);
        shared.retainAll(earlier.keys);
        int smaller = Math.min(keys.size(), earlier.keys.size());
        return shared.size() >= MIN_SHARED && shared.size() >= MIN_SHARE * smaller;
    }

    /** The earliest of {@code candidates} this article copies (the original), or null when it copies none. */
    String originalAmong(Collection<BodyPrint> candidates) {
        return candidates.stream()
                .filter(this::isCopyOf)
                .min(EARLIEST_FIRST)
                .map(BodyPrint::articleId)
                .orElse(null);
    }

    /** The later of {@code candidates} that copy this article, earliest first. */
    List<String> copiesAmong(Collection<BodyPrint> candidates) {
        return candidates.stream()
                .filter(candidate -> candidate.isCopyOf(this))
                .sorted(EARLIEST_FIRST)
                .map(BodyPrint::articleId)
                .toList();
    }
}
