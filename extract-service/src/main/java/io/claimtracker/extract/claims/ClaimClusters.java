package io.claimtracker.extract.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups statements (of one speaker) into claims: the connected components of the {@link ClaimMatcher#sameClaim}
 * graph (single link: a statement that matches two claims joins them). Only pairs that share an index word are
 * compared, which by {@link ClaimMatcher}'s contract loses no match. The components do not depend on the input
 * order; the output lists clusters by their first member in input order, members in input order.
 *
 * <p>This is the in-memory form, for the evaluation and tests; the pipeline does the incremental equivalent, one
 * statement at a time, with the same matcher and index words.
 */
public final class ClaimClusters {

    private ClaimClusters() {
    }

    /** Clusters {@code items} by the wording {@code wording} gives each. Never throws on null items or wordings. */
    public static <T> List<List<T>> cluster(List<T> items, Function<T, Wording> wording) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        int n = items.size();
        Wording[] w = new Wording[n];
        for (int i = 0; i < n; i++) {
            Wording x;
            try {
                x = items.get(i) == null ? null : wording.apply(items.get(i));
            } catch (RuntimeException e) {
                x = null;
            }
            w[i] = x == null ? Wording.of(null) : x;
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byIndexWord = new HashMap<>();
        int[] seen = new int[n];
        java.util.Arrays.fill(seen, -1);
        for (int i = 0; i < n; i++) {
            for (String word : w[i].indexWords()) {
                List<Integer> earlier = byIndexWord.computeIfAbsent(word, k -> new ArrayList<>());
                for (int j : earlier) {
                    if (seen[j] == i) {
                        continue;
                    }
                    seen[j] = i;
                    if (find(parent, i) != find(parent, j) && ClaimMatcher.sameClaim(w[i], w[j])) {
                        union(parent, i, j);
                    }
                }
                earlier.add(i);
            }
        }
        Map<Integer, List<T>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(components.values().stream().map(java.util.Collections::unmodifiableList).toList());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // the smaller index is the root, so the order of unions does not matter
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
