package io.claimtracker.extract.claims;

/**
 * Decides whether two statement wordings (of one speaker) are the same claim. The shorter wording must be found
 * in the longer one: its content stems, in their order, allowing typos ("conscious" / "conscience"), near-synonyms
 * ({@link Vocabulary#FAMILIES}) and a few words changed by a rewording; how much must be found grows as the
 * shorter wording shrinks, up to every word of a short partial quote. Two reports that quote the same unusual word
 * of the speaker and share another word also match; words of opposite sense ("cut" / "raise") never do. Symmetric
 * and pure, so clusters built from it do not depend on arrival order.
 *
 * <p>Two wordings are never joined unless they share an index word ({@link Wording#indexWords()}): that keeps
 * the candidate lookup by index words complete.
 */
public final class ClaimMatcher {

    private ClaimMatcher() {
    }

    /** Content words a statement needs to bridge two claims (see {@link #bridges}). */
    public static final int BRIDGE_WORDS = 2;

    /**
     * Whether a statement is full enough to join the claims it matches into one. A shorter one ("criminals", "a
     * humiliation") may belong to a claim, but only when it matches exactly one: many different claims contain
     * such words, and letting them bridge chains unrelated statements together.
     */
    public static boolean bridges(Wording wording) {
        return wording != null && wording.words().size() >= BRIDGE_WORDS;
    }

    /** A single quoted word this long (as a stem) is distinctive enough to join a statement that holds it. */
    static final int MIN_SINGLE_WORD = 6;

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
        if (!hasDistinctiveWord(a) && !hasDistinctiveWord(b)) {
            // a catchphrase of everyday words ("I'm not quite there yet"): only near word for word
            return catchphrase(a, b);
        }
        if (!shareDistinctiveWord(a, b)) {
            // "I don't know what she was thinking" and "We should have never been there." share only everyday words
            return false;
        }
        if (opposed(a, b)) {
            // "slash the police budget by a third" is not "increase the police budget by a third"
            return false;
        }
        return aligned(a, b) || sharedQuote(a, b) || sharedQuote(b, a);
    }

    /**
     * True when one wording uses a word of a family ({@link Vocabulary#FAMILIES}) and the other a word of the
     * opposite family ({@link Vocabulary#OPPOSITE}), neither having both, and both or neither negated: "cut taxes"
     * / "raise taxes", but not "cut taxes" / "cut spending and raise taxes", nor "ban Muslims from entering" / "not
     * allowing Muslims to enter".
     */
    private static boolean opposed(Wording a, Wording b) {
        if (a.negated != b.negated) {
            return false;
        }
        for (String family : a.family) {
            String opposite = family == null ? null : Vocabulary.OPPOSITE.get(family);
            if (opposite != null && has(b.family, opposite) && !has(b.family, family) && !has(a.family, opposite)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code words} (a wording's stems or families) holds {@code word}. */
    private static boolean has(String[] words, String word) {
        for (String x : words) {
            if (word.equals(x)) {
                return true;
            }
        }
        return false;
    }

    /** The shorter wording found in the longer (the main rule; see the class comment). */
    private static boolean aligned(Wording a, Wording b) {
        Wording s = shorter(a, b);
        Wording l = s == a ? b : a;
        Alignment al = align(s, l);
        float cover = al.found / total(s);
        int n = distinctCount(s);
        if (negationDiffers(s, l, al)) {
            // "did not resist" is not "resisted"
            return false;
        }
        if (n == 1) {
            // a quoted word on its own ("pulverizing", "the founder") joins a statement that uses it, if it is
            // distinctive; a short sentence around one word ("That's terrible.") is not a quoted word. The word
            // itself must be there (a variant of its spelling or form), not a near-synonym: one word is the
            // speaker's own, and a synonym may stand in another sense ("obliterated" / "demolished his argument")
            String word = s.stems[0];
            boolean distinctive = s.weights[0] == 1f && word.length() >= MIN_SINGLE_WORD
                    && Character.isLetter(word.charAt(0));
            return cover >= 0.79f && distinctive && holdsForm(l, word) && (bareWord(s) || distinctCount(l) <= 2);
        }
        if (n <= 3) {
            // a short quote must be found nearly word for word, function words included
            return cover >= 0.89f && (verbatim(s, l) >= 0.7f || tight(s, l, al));
        }
        if (n <= 6) {
            return cover >= 0.79f;
        }
        return cover >= 0.6f;
    }

    /**
     * True when both reports put one distinctive word of the speaker in quote marks inside their own paraphrase
     * (a fragment of at most {@link Wording#MAX_QUOTED} words: "the reform the government was forced to accept
     * was an “abomination”" / "was forced to accept an “abominable” pension deal"; the word in its own form or a
     * variant of it, not a synonym), share another distinctive word outside the quote marks (any order; variants
     * and near-synonyms count) and agree on negation. Two outlets singling out the same unusual word, on the same
     * subject, cite one statement, however differently they paraphrase the rest. Quote marks on one side only are
     * not enough (a quoted name, or a word any statement may use), nor is a quoted phrase shared with nothing
     * outside it (a catchphrase such as "the “Washington cartel”" recurs in different statements).
     */
    private static boolean sharedQuote(Wording q, Wording o) {
        if (q.negated != o.negated) {
            return false;
        }
        for (int i = 0; i < q.stems.length; i++) {
            String word = q.stems[i];
            if (!q.quoted[i] || q.weights[i] != 1f || word.length() < MIN_SINGLE_WORD
                    || !Character.isLetter(word.charAt(0)) || !quotes(o, word)) {
                continue;
            }
            for (int j = 0; j < q.stems.length; j++) {
                if (q.weights[j] != 1f || form(q.stems[j], word) > 0) {
                    continue;
                }
                for (int k = 0; k < o.stems.length; k++) {
                    if (o.weights[k] == 1f && form(o.stems[k], word) == 0 && !q.quoted[j] && !o.quoted[k]
                            && similarity(q.stems[j], q.family[j], o.stems[k], o.family[k]) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
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
                    float sc = similarity(quoted.stems[i], quoted.family[i], claim.stems[j], claim.family[j]);
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

    /** True when the wording is one word, perhaps after an article: "betray", "the founder". */
    private static boolean bareWord(Wording w) {
        String[] q = w.sequence;
        int from = q.length > 0 && (q[0].equals("the") || q[0].equals("a") || q[0].equals("an")) ? 1 : 0;
        return q.length - from == 1;
    }

    private static boolean hasDistinctiveWord(Wording w) {
        for (float x : w.weights) {
            if (x == 1f) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two wordings without a distinctive word are the same only when the shorter's whole word sequence (at least
     * four words) appears nearly as is in the longer, which is at most three words longer: "I'm not quite there
     * yet" / "And I'm just not quite there yet", but not "I don't know." / "I don't know what she was thinking".
     */
    private static boolean catchphrase(Wording a, Wording b) {
        Wording s = a.sequence.length <= b.sequence.length ? a : b;
        Wording l = s == a ? b : a;
        if (s.sequence.length < 4 || l.sequence.length - s.sequence.length > 3) {
            return false;
        }
        return align(s.sequence, l.sequence) >= 0.85f;
    }

    /** True when both hold one stem (or a variant of it) that is not a very common word. */
    private static boolean shareDistinctiveWord(Wording a, Wording b) {
        for (int i = 0; i < a.stems.length; i++) {
            if (a.weights[i] == 1f) {
                for (int j = 0; j < b.stems.length; j++) {
                    if (b.weights[j] == 1f && similarity(a.stems[i], a.family[i], b.stems[j], b.family[j]) > 0) {
                        return true;
                    }
                }
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

    /** The weighted in-order overlap of the shorter wording's stems with the longer's, and where it lies. */
    record Alignment(float found, int first, int last) {
    }

    /**
     * Weighted longest common subsequence of the stems of {@code s} in {@code l} (typos counting {@link #NEAR}),
     * with the first and last matched positions in {@code l} (-1 when nothing matched).
     */
    static Alignment align(Wording s, Wording l) {
        int n = s.stems.length;
        int m = l.stems.length;
        float[][] dp = new float[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                float best = Math.max(dp[i - 1][j], dp[i][j - 1]);
                float sim = similarity(s.stems[i - 1], s.family[i - 1], l.stems[j - 1], l.family[j - 1]);
                if (sim > 0) {
                    best = Math.max(best, dp[i - 1][j - 1] + sim * s.weights[i - 1]);
                }
                dp[i][j] = best;
            }
        }
        int first = -1;
        int last = -1;
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (dp[i][j] == dp[i - 1][j]) {
                i--;
            } else if (dp[i][j] == dp[i][j - 1]) {
                j--;
            } else {
                if (last < 0) {
                    last = j - 1;
                }
                first = j - 1;
                i--;
                j--;
            }
        }
        return new Alignment(dp[n][m], first, last);
    }

    /**
     * True when a negation stands where the two wordings align (or just next to it) in one and not in the other:
     * "did not resist" / "resisted". A negation of the longer wording elsewhere (another clause) does not count.
     */
    private static boolean negationDiffers(Wording s, Wording l, Alignment al) {
        boolean sNot = s.negated;
        boolean lNot = false;
        if (al.first() >= 0) {
            for (int j = Math.max(0, al.first() - 1); j <= Math.min(l.stems.length - 1, al.last() + 1); j++) {
                if (l.stems[j].equals("not")) {
                    lNot = true;
                    break;
                }
            }
        }
        if (sNot && !lNot) {
            // the shorter wording's negation must be matched inside the stretch
            return l.negated || s.stems.length <= 6;
        }
        return !sNot && lNot;
    }

    /**
     * How closely the shorter wording's full word sequence (function words included, leading and trailing ones
     * dropped) appears as one stretch of the longer's: matched words count 1 (a typo {@link #NEAR}), each word
     * of the short one missing costs 1, each extra word inside the stretch costs half; divided by its length.
     */
    static float verbatim(Wording s, Wording l) {
        return align(trimFunctionWords(s.sequence), l.sequence);
    }

    /** The score {@link #verbatim} describes, of the word sequence {@code q} in {@code t}. */
    private static float align(String[] q, String[] t) {
        int n = q.length;
        int m = t.length;
        if (n == 0) {
            return 0f;
        }
        // D[i][j]: best score with q[0..i) placed and the stretch ending at t[j-1]; D[0][j] = 0, a free start
        float[] prev = new float[m + 1];
        float[] cur = new float[m + 1];
        for (int i = 1; i <= n; i++) {
            cur[0] = -i;
            for (int j = 1; j <= m; j++) {
                float v = Math.max(prev[j] - 1f, cur[j - 1] - 0.5f); // q word missing; extra word in the stretch
                float sim = similarity(q[i - 1], t[j - 1]);
                if (sim > 0) {
                    v = Math.max(v, prev[j - 1] + sim);
                }
                cur[j] = v;
            }
            float[] x = prev;
            prev = cur;
            cur = x;
        }
        float best = -Float.MAX_VALUE;
        for (int j = 0; j <= m; j++) {
            best = Math.max(best, prev[j]);
        }
        return best / n;
    }

    private static String[] trimFunctionWords(String[] seq) {
        int from = 0;
        int to = seq.length;
        while (from < to && Vocabulary.STOP.contains(seq[from])) {
            from++;
        }
        while (to > from && Vocabulary.STOP.contains(seq[to - 1])) {
            to--;
        }
        return java.util.Arrays.copyOfRange(seq, from, to);
    }

    /**
     * True when a short wording of two or three long, uncommon words ("suffering from depression") is found
     * exactly, with the same negation, in a stretch of the longer no longer than itself ("suffering from severe
     * depression") or with one more word that heads an "of" phrase ("suffering from bouts of depression"):
     * function words may differ then, as a paraphrase changes them.
     */
    private static boolean tight(Wording s, Wording l, Alignment al) {
        int n = s.stems.length;
        int stretch = al.last() - al.first() + 1;
        if (n < 2 || s.negated != l.negated || al.found() < n || stretch > n + 1) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.weights[i] != 1f || s.stems[i].length() < MIN_SINGLE_WORD) {
                return false;
            }
        }
        if (stretch == n) {
            return true;
        }
        // the one extra word heads an "of" phrase around the quoted words ("bouts of depression", "the
        // credibility of this institution"); any other insertion ("Clinton for accepting campaign money") may
        // change what the words say
        for (int j = al.first() + 1; j < al.last(); j++) {
            int next = l.place[j] + 1;
            if (!has(s.stems, l.stems[j])) {
                return next < l.sequence.length && l.sequence[next].equals("of");
            }
        }
        return false;
    }

    /** True when {@code w} puts {@code stem} or a variant of its form in quote marks. */
    private static boolean quotes(Wording w, String stem) {
        for (int i = 0; i < w.stems.length; i++) {
            if (w.quoted[i] && form(stem, w.stems[i]) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code w} holds {@code stem} or a variant of its form (not a near-synonym). */
    private static boolean holdsForm(Wording w, String stem) {
        for (String x : w.stems) {
            if (form(stem, x) > 0) {
                return true;
            }
        }
        return false;
    }

    /** 1 for equal stems, {@link #NEAR} for a typo, a variant of one word or a near-synonym, else 0. */
    static float similarity(String x, String y) {
        return similarity(x, Vocabulary.FAMILY.get(x), y, Vocabulary.FAMILY.get(y));
    }

    /** {@link #similarity(String, String)} of stems whose families ({@link Wording#family}) are known. */
    private static float similarity(String x, String familyX, String y, String familyY) {
        if (x.equals(y)) {
            return 1f;
        }
        if (familyX != null && familyX.equals(familyY)) {
            // "razed" / "destroyed", "a sham" / "fraudulent"
            return NEAR;
        }
        return form(x, y);
    }

    /** 1 for equal stems, {@link #NEAR} for a typo or a variant of one word's form, else 0. */
    static float form(String x, String y) {
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
