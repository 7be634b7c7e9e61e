package io.claimtracker.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.contracts.store.TimeSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A claim as the API shows it (DESIGN.md "Claim"). Counts and variants are derived here from the stored
 * appearances, so the writer only ever upserts what it saw. The list shows claims without the fields that need
 * other documents (syndication, responses); the detail ({@link #detail}) adds them.
 *
 * @param outlets                 the distinct outlets that reported it (beside the required {@code outletCount})
 * @param variants                the distinct wordings, most widely reported first
 * @param independentArticleCount detail only: articles that are not syndicated copies of another of its articles
 * @param copyCount               detail only: {@code articleCount - independentArticleCount}
 * @param responses               detail only: other speakers quoting this claim's words back
 * @param respondsTo              detail only: the claims this claim answers by quoting them
 */
record Claim(
        String id,
        String text,
        String kind,
        SpeakerRef speaker,
        Instant firstSeen,
        Instant lastSeen,
        int articleCount,
        int outletCount,
        List<String> outlets,
        List<Appearance> appearances,
        List<Variant> variants,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer independentArticleCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer copyCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Response> responses,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Answered> respondsTo) {

    record SpeakerRef(String id, String name) {
    }

    /**
     * One report of the claim: where, when (and whence the time), the exact words and who said them.
     *
     * @param copyOf detail only, and only when the article is a syndicated copy: the original article's id
     */
    record Appearance(
            String articleId,
            String url,
            String outlet,
            Instant publishedAt,
            Instant seenAt,
            TimeSource timeSource,
            String text,
            int start,
            int end,
            String kind,
            String cue,
            String speakerMention,
            String reportedBy,
            double confidence,
            @JsonInclude(JsonInclude.Include.NON_NULL) String copyOf) {

        static Appearance of(StoredAppearance stored, String copyOf) {
            return new Appearance(stored.articleId(), stored.url(), stored.outlet(), stored.publishedAt(),
                    stored.seenAt(), stored.timeSource(), stored.text(), stored.start(), stored.end(), stored.kind(),
                    stored.cue(), stored.speakerMention(), stored.reportedBy(), stored.confidence(), copyOf);
        }
    }

    /**
     * One exact wording, the articles and outlets that printed it, and how its words differ from the claim's
     * canonical {@code text} (none when they differ only in case or punctuation).
     */
    record Variant(String text, List<String> articleIds, List<String> outlets, List<WordingChange> changes) {
    }

    /**
     * Another speaker quoting this claim's words back ({@code text}, as the reply gives them) in an article.
     * {@code claimId} (and {@code speaker.id}) name the reply's own claim: that speaker's claim with a statement
     * inside the reply; null when none is stored.
     */
    record Response(SpeakerRef speaker, String articleId, String text, String claimId) {
    }

    /** A claim this one answers: its id, canonical text and speaker, and its words as this claim quotes them. */
    record Answered(String claimId, String text, SpeakerRef speaker, String quoted) {
    }

    /** Oldest report first; within an article, in reading order. */
    static final Comparator<StoredAppearance> CHRONOLOGICAL = Comparator
            .comparing(StoredAppearance::seenAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredAppearance::articleId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(StoredAppearance::start);

    private static final Comparator<Variant> MOST_REPORTED = Comparator
            .comparingInt((Variant variant) -> variant.articleIds().size()).reversed()
            .thenComparing(Variant::text);

    /** The claim as lists show it. */
    static Claim of(StoredClaim stored) {
        return of(stored, null, null, null, null, null);
    }

    /** The claim as its own page shows it: with syndication, responses and the claims it answers. */
    static Claim detail(StoredClaim stored, Originals originals, List<Response> responses,
                        List<Answered> respondsTo) {
        List<String> articles = articleIdsOldestFirst(stored);
        int independent = originals.independentAmong(articles).size();
        return of(stored, originals, independent, articles.size() - independent, responses, respondsTo);
    }

    private static Claim of(StoredClaim stored, Originals originals, Integer independent, Integer copies,
                            List<Response> responses, List<Answered> respondsTo) {
        List<StoredAppearance> appearances = chronological(stored);
        List<String> outlets = distinct(Stream.concat(nonNull(stored.outlets()).stream(),
                appearances.stream().map(StoredAppearance::outlet)));
        return new Claim(stored.id(), stored.text(), stored.kind(),
                new SpeakerRef(stored.speakerId(), stored.speakerName()), stored.firstSeen(), stored.lastSeen(),
                articleIdsOldestFirst(stored).size(), outlets.size(), outlets,
                appearances.stream()
                        .map(a -> Appearance.of(a, originals == null ? null : originals.of(a.articleId())))
                        .toList(),
                variants(stored.text(), appearances), independent, copies, responses, respondsTo);
    }

    static List<StoredAppearance> chronological(StoredClaim stored) {
        return nonNull(stored.appearances()).stream().sorted(CHRONOLOGICAL).toList();
    }

    /** The claim's distinct articles in the order of their first appearance (then any listed without one). */
    static List<String> articleIdsOldestFirst(StoredClaim stored) {
        return distinct(Stream.concat(chronological(stored).stream().map(StoredAppearance::articleId),
                nonNull(stored.articleIds()).stream()));
    }

    private static List<Variant> variants(String canonical, List<StoredAppearance> appearances) {
        Map<String, List<StoredAppearance>> byWording = new LinkedHashMap<>();
        for (StoredAppearance appearance : appearances) {
            if (appearance.text() != null) {
                byWording.computeIfAbsent(appearance.text(), wording -> new ArrayList<>()).add(appearance);
            }
        }
        return byWording.entrySet().stream()
                .map(wording -> new Variant(wording.getKey(),
                        distinct(wording.getValue().stream().map(StoredAppearance::articleId)),
                        distinct(wording.getValue().stream().map(StoredAppearance::outlet)),
                        WordingChange.between(canonical, wording.getKey())))
                .sorted(MOST_REPORTED)
                .toList();
    }

    private static List<String> distinct(Stream<String> values) {
        return values.filter(Objects::nonNull).distinct().toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
