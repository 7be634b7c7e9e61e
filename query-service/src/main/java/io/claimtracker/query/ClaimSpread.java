package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.contracts.store.TimeSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a claim spread: its articles over time, in hour or day buckets, and the outlets in the order they took it
 * up. Each article counts once, at its earliest appearance's {@code seenAt}. {@code timeSources} counts those
 * articles by where their time comes from, so a chart can say when it rests on receive times rather than
 * publication times (an appearance without a source counts as {@code RECEIVED}: it is no publication time).
 *
 * @param buckets non-empty buckets only, oldest first; a chart fills the gaps with zeros
 * @param outlets by first appearance (ties by name); articles without an outlet are in the buckets only
 */
record ClaimSpread(String claimId, String bucket, Map<TimeSource, Integer> timeSources, List<Bucket> buckets,
                   List<OutletReach> outlets) {

    /**
     * @param independent articles that are independent reports ({@link Originals}); {@code copies} the others
     * @param outlets     the distinct outlets of the bucket's articles, in the order they appeared
     */
    record Bucket(Instant start, int articles, int independent, int copies, List<String> outlets) {
    }

    record OutletReach(String outlet, Instant firstSeen, int articleCount) {
    }

    static ClaimSpread of(StoredClaim stored, Originals originals, TimeBucket width) {
        Map<String, StoredAppearance> firstOfArticle = new LinkedHashMap<>();
        for (StoredAppearance appearance : Claim.chronological(stored)) {
            if (appearance.articleId() != null) {
                firstOfArticle.putIfAbsent(appearance.articleId(), appearance);
            }
        }
        Set<String> independent = originals.independentAmong(List.copyOf(firstOfArticle.keySet()));
        return new ClaimSpread(stored.id(), width.label(), timeSources(firstOfArticle.values()),
                buckets(firstOfArticle.values(), independent, width), outlets(firstOfArticle.values()));
    }

    private static Map<TimeSource, Integer> timeSources(Iterable<StoredAppearance> firsts) {
        Map<TimeSource, Integer> counts = new EnumMap<>(TimeSource.class);
        for (TimeSource source : TimeSource.values()) {
            counts.put(source, 0);
        }
        firsts.forEach(first -> counts.merge(Objects.requireNonNullElse(first.timeSource(), TimeSource.RECEIVED), 1,
                Integer::sum));
        return counts;
    }

    private static List<Bucket> buckets(Iterable<StoredAppearance> firsts, Set<String> independent,
                                        TimeBucket width) {
        Map<Instant, List<StoredAppearance>> byStart = new TreeMap<>();
        for (StoredAppearance first : firsts) {
            if (first.seenAt() != null) {
                byStart.computeIfAbsent(width.startOf(first.seenAt()), start -> new ArrayList<>()).add(first);
            }
        }
        return byStart.entrySet().stream().map(bucket -> {
            List<StoredAppearance> articles = bucket.getValue();
            int independentCount = (int) articles.stream().filter(a -> independent.contains(a.articleId())).count();
            Set<String> outlets = new LinkedHashSet<>();
            articles.stream().map(StoredAppearance::outlet).filter(Objects::nonNull).forEach(outlets::add);
            return new Bucket(bucket.getKey(), articles.size(), independentCount, articles.size() - independentCount,
                    List.copyOf(outlets));
        }).toList();
    }

    private static List<OutletReach> outlets(Iterable<StoredAppearance> firsts) {
        Map<String, List<StoredAppearance>> byOutlet = new LinkedHashMap<>();
        firsts.forEach(first -> {
            if (first.outlet() != null) {
                byOutlet.computeIfAbsent(first.outlet(), outlet -> new ArrayList<>()).add(first);
            }
        });
        return byOutlet.entrySet().stream()
                .map(outlet -> new OutletReach(outlet.getKey(), outlet.getValue().get(0).seenAt(),
                        outlet.getValue().size()))
                .sorted(Comparator.comparing(OutletReach::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OutletReach::outlet))
                .toList();
    }
}
