package io.claimtracker.extract.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Groups statements (of one speaker) into claims: the connected components of the {@link ClaimMatcher#sameClaim}
 * graph among statements that {@link ClaimMatcher#bridges bridge} (single link: a statement that matches two claims
 * joins them); a shorter statement joins the one component it matches, or, matching none or several, stands with
 * the statements worded exactly like it. Only pairs that share an index word are
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
        boolean[] bridges = new boolean[n];
        Map<String, List<Integer>> byIndexWord = new HashMap<>();
        for (int i = 0; i < n; i++) {
            bridges[i] = ClaimMatcher.bridges(w[i]);
            for (String word : w[i].indexWords()) {
                byIndexWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
            }
        }
        // statements full enough to bridge: the connected components of sameClaim among them
        for (int i = 0; i < n; i++) {
            if (bridges[i]) {
                for (int j : candidates(i, w, byIndexWord)) {
                    if (j < i && bridges[j] && find(parent, i) != find(parent, j) && ClaimMatcher.sameClaim(w[i], w[j])) {
                        union(parent, i, j);
                    }
                }
            }
        }
        // a shorter statement joins the one component it matches; matching none or several, it stands with
        // those worded the same
        int[] attachedTo = new int[n];
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            attachedTo[i] = -1;
            if (bridges[i]) {
                continue;
            }
            Set<Integer> components = new TreeSet<>();
            for (int j : candidates(i, w, byIndexWord)) {
                if (bridges[j] && ClaimMatcher.sameClaim(w[i], w[j])) {
                    components.add(find(parent, j));
                }
            }
            // an empty wording (nothing to compare) stands alone
            String key = w[i].isEmpty() ? "\u0000" + i : w[i].key();
            attachedTo[i] = components.size() == 1 ? components.iterator().next()
                    : byKey.computeIfAbsent(key, k -> -2 - byKey.size());
        }
        for (int i = 0; i < n; i++) {
            if (attachedTo[i] >= 0) {
                parent[i] = attachedTo[i];
            }
        }
        Map<Integer, List<T>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int component = attachedTo[i] < -1 ? attachedTo[i] : find(parent, i);
            components.computeIfAbsent(component, k -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(components.values().stream().map(java.util.Collections::unmodifiableList).toList());
    }

    /** The other statements sharing an index word with statement {@code i}, each once. */
    private static Set<Integer> candidates(int i, Wording[] w, Map<String, List<Integer>> byIndexWord) {
        Set<Integer> candidates = new TreeSet<>();
        for (String word : w[i].indexWords()) {
            candidates.addAll(byIndexWord.getOrDefault(word, List.of()));
        }
        candidates.remove(i);
        return candidates;
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
