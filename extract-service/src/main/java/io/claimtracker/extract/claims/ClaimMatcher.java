package io.claimtracker.extract.claims;

/**
 * Decides whether two statement wordings (of one speaker) are the same claim. The shorter wording must be found
 * in the longer one: its content stems, in their order, allowing typos ("conscious" / "conscience") and a few
 * words changed by a rewording; how much must be found grows as the shorter wording shrinks, up to every word of
 * a short partial quote. Symmetric and pure, so clusters built from it do not depend on arrival order.
 *
 * <p>Two wordings are never joined unless they share an index word ({@link Wording#indexWords()}): that keeps
 * the candidate lookup by index words complete.
 */
public final class ClaimMatcher {

    private ClaimMatcher() {
    }

    /** Weight a typo or variant counts for against an exact match. */
    private static final float NEAR = 0.8f;

    /** True when {@code a} and {@code b} word the same statement. Never throws; an empty wording matches nothing. */
    public static boolean sameClaim(Wording a, Wording b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.key().equals(b.key())) {
            return true;
        }
        if (!shareIndexWord(a, b)) {
            return false;
        }
        Wording s = shorter(a, b);
        Wording l = s == a ? b : a;
        float sWeight = total(s);
        float found = inOrder(s, l);
        float cover = found / sWeight;
        int n = distinctCount(s);
        if (s.negated != l.negated && (n <= 6 || !l.negated)) {
            // "did not resist" is not "resisted"; a long statement may hold a negation elsewhere
            return false;
        }
        if (n == 1) {
            return cover >= 0.99f && distinctCount(l) <= 2;
        }
        if (n <= 3) {
            return cover >= 0.89f;
        }
        if (n <= 6) {
            return cover >= 0.79f;
        }
        return cover >= 0.6f;
    }

    /**
     * How strongly a short quoted phrase echoes a claim, in [0, 1]: the weighted share of the phrase's words found
     * in the claim's (in any order), scaled by the smaller of the two sizes, so "open doors and keeping secrets"
     * echoes "Our door is always open" (0.67) more than a claim that shares only "open". For linking responses.
     */
    public static double echo(Wording quoted, Wording claim) {
        if (quoted == null || claim == null || quoted.isEmpty() || claim.isEmpty()) {
            return 0;
        }
        float found = 0;
        boolean[] used = new boolean[claim.stems.length];
        for (int i = 0; i < quoted.stems.length; i++) {
            int best = -1;
            float bestScore = 0;
            for (int j = 0; j < claim.stems.length; j++) {
                if (!used[j]) {
                    float sc = similarity(quoted.stems[i], claim.stems[j]);
                    if (sc > bestScore) {
                        bestScore = sc;
                        best = j;
                    }
                }
            }
            if (best >= 0) {
                used[best] = true;
                found += bestScore * Math.min(quoted.weights[i], claim.weights[best]);
            }
        }
        double size = Math.min(total(quoted), total(claim));
        return Math.max(0, Math.min(1, found / size));
    }

    // ------------------------------------------------------------------ internals

    private static boolean shareIndexWord(Wording a, Wording b) {
        for (String w : a.indexWords()) {
            if (b.indexWords().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The wording with less content weight; ties broken by key so the choice is symmetric. */
    private static Wording shorter(Wording a, Wording b) {
        float ta = total(a);
        float tb = total(b);
        if (ta != tb) {
            return ta < tb ? a : b;
        }
        if (a.stems.length != b.stems.length) {
            return a.stems.length < b.stems.length ? a : b;
        }
        return a.key().compareTo(b.key()) <= 0 ? a : b;
    }

    private static float total(Wording w) {
        float t = 0;
        for (float x : w.weights) {
            t += x;
        }
        return t;
    }

    private static int distinctCount(Wording w) {
        return (int) java.util.Arrays.stream(w.stems).distinct().count();
    }

    /** Weighted longest common subsequence of the stems of {@code s} in {@code l}, typos counting {@link #NEAR}. */
    static float inOrder(Wording s, Wording l) {
        int n = s.stems.length;
        int m = l.stems.length;
        float[] prev = new float[m + 1];
        float[] cur = new float[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                float best = Math.max(prev[j], cur[j - 1]);
                float sim = similarity(s.stems[i - 1], l.stems[j - 1]);
                if (sim > 0) {
                    best = Math.max(best, prev[j - 1] + sim * s.weights[i - 1]);
                }
                cur[j] = best;
            }
            float[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** 1 for equal stems, {@link #NEAR} for a typo or a variant of one word, else 0. */
    static float similarity(String x, String y) {
        if (x.equals(y)) {
            return 1f;
        }
        int lx = x.length();
        int ly = y.length();
        if (lx < 5 || ly < 5 || !Character.isLetter(x.charAt(0)) || !Character.isLetter(y.charAt(0))) {
            return 0f;
        }
        int prefix = 0;
        int max = Math.min(lx, ly);
        while (prefix < max && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        // a variant of one word: oligarch / oligarchic, conscious / conscience (one stem a long prefix)
        if (prefix >= 6 && prefix * 3 >= max * 2) {
            return NEAR;
        }
        if (Math.abs(lx - ly) <= 1 && oneEditApart(x, y)) {
            return NEAR;
        }
        return 0f;
    }

    /** True when one substitution, insertion, deletion or swap of neighbours turns {@code x} into {@code y}. */
    private static boolean oneEditApart(String x, String y) {
        int lx = x.length();
        int ly = y.length();
        int i = 0;
        while (i < lx && i < ly && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (lx == ly) {
            if (x.substring(i + 1).equals(y.substring(i + 1))) {
                return true;
            }
            return i + 1 < lx && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
        }
        return lx > ly ? x.substring(i + 1).equals(y.substring(i)) : y.substring(i + 1).equals(x.substring(i));
    }
}
