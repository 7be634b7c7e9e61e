package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredArticle;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.contracts.store.TimeSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article as extract-service processed it: the cleaned text the offsets point into, every appearance found
 * in it (in reading order) with the claims its statements belong to, and its place among syndicated copies.
 *
 * @param copyOf the original article when this one is a syndicated copy ({@link BodyPrint}); else null
 * @param copies the later articles that copy this one, earliest first
 */
record Article(
        String id,
        String url,
        String outlet,
        String title,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        Instant seenAt,
        TimeSource timeSource,
        String text,
        List<Appearance> appearances,
        Instant processedAt,
        String copyOf,
        List<String> copies) {

    /**
     * @param claimId  as stored; the writer now decides claims per speaker later and leaves it null
     * @param claimIds the claims with a statement inside this appearance, where this is the innermost appearance
     *                 holding it (a quote relayed inside a reply counts for the relayed quote, not the reply)
     */
    record Appearance(
            String claimId,
            String text,
            int start,
            int end,
            String kind,
            String cue,
            String speakerId,
            String speakerName,
            String speakerMention,
            String reportedBy,
            double confidence,
            List<String> claimIds) {

        static Appearance of(StoredAppearance stored, List<String> claimIds) {
            return new Appearance(stored.claimId(), stored.text(), stored.start(), stored.end(), stored.kind(),
                    stored.cue(), stored.speakerId(), stored.speakerName(), stored.speakerMention(),
                    stored.reportedBy(), stored.confidence(), claimIds);
        }
    }

    /** {@code claims}: the claims with appearances in this article (others are ignored). */
    static Article of(StoredArticle stored, Syndication.Copies copies, List<StoredClaim> claims) {
        List<StoredAppearance> appearances = stored.appearances() == null ? List.of() : stored.appearances().stream()
                .sorted(Comparator.comparingInt(StoredAppearance::start).thenComparingInt(StoredAppearance::end))
                .toList();
        List<Set<String>> claimIds = claimIdsPerAppearance(stored.id(), appearances, claims);
        List<Appearance> shown = new ArrayList<>(appearances.size());
        for (int i = 0; i < appearances.size(); i++) {
            shown.add(Appearance.of(appearances.get(i), List.copyOf(claimIds.get(i))));
        }
        return new Article(stored.id(), stored.url(), stored.outlet(), stored.title(), stored.language(),
                stored.publishedAt(), stored.receivedAt(), stored.seenAt(), stored.timeSource(), stored.text(),
                List.copyOf(shown), stored.processedAt(), copies.copyOf(), copies.copies());
    }

    /** For each appearance (same order), the claims of the statements it is the innermost holder of. */
    private static List<Set<String>> claimIdsPerAppearance(String articleId, List<StoredAppearance> appearances,
                                                          List<StoredClaim> claims) {
        List<ArticleSpan> spans = appearances.stream()
                .map(a -> new ArticleSpan(articleId, a.start(), a.end()))
                .toList();
        List<Set<String>> claimIds = new ArrayList<>();
        spans.forEach(span -> claimIds.add(new LinkedHashSet<>()));
        claims.stream().sorted(Comparator.comparing(StoredClaim::id)).forEach(claim -> {
            for (StoredAppearance statement : claim.appearances() == null ? List.<StoredAppearance>of()
                    : claim.appearances()) {
                if (!articleId.equals(statement.articleId())) {
                    continue;
                }
                ArticleSpan inner = ArticleSpan.of(statement);
                int innermost = spans.stream().filter(span -> span.holds(inner))
                        .mapToInt(ArticleSpan::length).min().orElse(-1);
                for (int i = 0; i < spans.size(); i++) {
                    if (spans.get(i).length() == innermost && spans.get(i).holds(inner)) {
                        claimIds.get(i).add(claim.id());
                    }
                }
            }
        });
        return claimIds;
    }
}
