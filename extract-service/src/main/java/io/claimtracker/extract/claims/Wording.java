package io.claimtracker.extract.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparison form of a statement's wording: lower case, accents folded, editorial insertions in square
 * brackets dropped ("I invite them [disillusioned Russians] to"), contractions opened ("didn't" reads "did not"),
 * British and American spelling folded, light stemming, function words out. Immutable and cheap to build (one
 * pass over the text), so the pipeline can make one per statement.
 *
 * <p>{@link #words()} are the content stems in text order; {@link #key()} identifies a wording (equal keys: the
 * same words in the same order, whatever the case, accents, quote marks, punctuation or bracketed insertions);
 * {@link #indexWords()} are the few distinctive stems to look candidate statements up by. {@link ClaimMatcher}
 * joins two wordings only when they share an index word, so a lookup by index words finds every statement that
 * could match.
 */
public final class Wording {

    /** At most this many index words; the longest (most specific) stems win. */
    static final int MAX_INDEX_WORDS = 16;
    /** Index keys are stem prefixes of this length (the matcher's typo and variant rule needs six shared letters). */
    static final int INDEX_PREFIX = 6;

    /** A stretch in quote marks of at most this many content words, inside a longer statement, is a quoted word. */
    static final int MAX_QUOTED = 3;

    private static final Wording EMPTY = new Wording("", new String[0], new float[0], List.of(), false,
            new String[0], new boolean[0], new int[0], new String[0]);

    private final String key;
    final String[] stems;
    /** Weight of each stem: 1, or 0.5 for a very common news word. */
    final float[] weights;
    private final List<String> indexWords;
    final boolean negated;
    /** Every word in order, function words as written, content words stemmed, negations as "not". */
    final String[] sequence;
    /**
     * For each stem: whether the report put it in quote marks as a short fragment of the speaker's own words
     * inside its paraphrase (the minister called the reform a “historic betrayal” of pensioners); see
     * {@link #MAX_QUOTED}.
     */
    final boolean[] quoted;
    /** For each stem: its position in {@link #sequence}. */
    final int[] place;
    /** For each stem: its near-synonym family's canonical stem ({@link Vocabulary#FAMILY}), or null. */
    final String[] family;

    private Wording(String key, String[] stems, float[] weights, List<String> indexWords, boolean negated,
                    String[] sequence, boolean[] quoted, int[] place, String[] family) {
        this.key = key;
        this.stems = stems;
        this.weights = weights;
        this.indexWords = indexWords;
        this.negated = negated;
        this.sequence = sequence;
        this.quoted = quoted;
        this.place = place;
        this.family = family;
    }

    /** The wording of {@code text}; null or blank text gives the empty wording. Never throws. */
    public static Wording of(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        try {
            return build(text);
        } catch (RuntimeException e) {
            // a statement we cannot read matches nothing rather than stopping the pipeline
            return EMPTY;
        }
    }

    /** Content stems in text order (repeats kept). */
    public List<String> words() {
        return List.of(stems);
    }

    /** The wording's identity: lower-case words in order, bracketed insertions out, spelling as written. */
    public String key() {
        return key;
    }

    /** Distinctive stems to look candidates up by; every wording that {@link ClaimMatcher#sameClaim} joins with
     * this one shares at least one of them. */
    public List<String> indexWords() {
        return indexWords;
    }

    /** True when there is nothing to compare (no content word). */
    public boolean isEmpty() {
        return stems.length == 0;
    }

    @Override
    public String toString() {
        return String.join(" ", stems);
    }

    // ------------------------------------------------------------------ building

    private static Wording build(String text) {
        String plain = withoutInsertions(text);
        // tokens, and for each whether it stands in quote marks (quote marks never belong to a token, so reading
        // the text in stretches between them gives the same tokens as reading it whole)
        List<String> tokens;
        List<Boolean> inQuotes;
        if (hasQuoteMark(plain)) {
            tokens = new ArrayList<>();
            inQuotes = new ArrayList<>();
            for (Stretch stretch : quoteStretches(plain)) {
                for (String t : tokens(stretch.text())) {
                    tokens.add(t);
                    inQuotes.add(stretch.quoted());
                }
            }
        } else {
            tokens = tokens(plain);
            inQuotes = null;
        }
        StringBuilder key = new StringBuilder();
        List<String> stems = new ArrayList<>(tokens.size());
        List<String> sequence = new ArrayList<>(tokens.size());
        List<Integer> stemToken = new ArrayList<>(tokens.size());
        List<Integer> place = new ArrayList<>(tokens.size());
        boolean negated = false;
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (!t.startsWith("'")) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(t);
            }
            if (Vocabulary.NEGATION.contains(t)) {
                stems.add("not");
                place.add(sequence.size());
                stemToken.add(k);
                sequence.add("not");
                negated = true;
                continue;
            }
            if (t.startsWith("'")) {
                continue;
            }
            if (Vocabulary.STOP.contains(t)) {
                sequence.add(t);
                continue;
            }
            String s = Stemmer.stem(t);
            if (!s.isEmpty()) {
                stems.add(s);
                place.add(sequence.size());
                stemToken.add(k);
                sequence.add(s);
            }
        }
        String[] st = stems.toArray(new String[0]);
        float[] w = new float[st.length];
        String[] family = new String[st.length];
        for (int i = 0; i < st.length; i++) {
            w[i] = Vocabulary.COMMON.contains(st[i]) ? 0.5f : 1f;
            family[i] = Vocabulary.FAMILY.get(st[i]);
        }
        int[] at = new int[place.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = place.get(i);
        }
        return new Wording(key.toString(), st, w, index(st), negated, sequence.toArray(new String[0]),
                inQuotes == null ? new boolean[st.length] : quotedFragments(stemToken, inQuotes, st.length), at,
                family);
    }

    private static boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
                return true;
            }
        }
        return false;
    }

    /** A stretch of a statement's text, between quote marks ({@code quoted}) or outside them. */
    private record Stretch(String text, boolean quoted) {
    }

    /**
     * The text cut at double quote marks: curly ones open and close, a straight one toggles, and a quote left open
     * runs to the end (a statement cut before its closing mark: called it a "disgrace). Single quote marks are left
     * alone: they are also apostrophes.
     */
    private static List<Stretch> quoteStretches(String text) {
        List<Stretch> out = new ArrayList<>(3);
        boolean in = false;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean open = c == '“' || c == '„' || c == '«' || (c == '"' && !in);
            boolean close = c == '”' || c == '»' || (c == '"' && in);
            if (open || close) {
                if (i > from) {
                    out.add(new Stretch(text.substring(from, i), in));
                }
                in = open;
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(new Stretch(text.substring(from), in));
        }
        return out;
    }

    /**
     * Marks the stems of each run of quoted tokens that holds at most {@link #MAX_QUOTED} content words, when the
     * statement also has content words outside quote marks: a word the report singled out as the speaker's own.
     */
    private static boolean[] quotedFragments(List<Integer> stemToken, List<Boolean> inQuotes, int n) {
        boolean[] quoted = new boolean[n];
        int outside = 0;
        for (int i = 0; i < n; i++) {
            if (!inQuotes.get(stemToken.get(i))) {
                outside++;
            }
        }
        if (outside == 0) {
            return quoted;
        }
        int i = 0;
        while (i < n) {
            if (!inQuotes.get(stemToken.get(i))) {
                i++;
                continue;
            }
            // one run: consecutive quoted stems with no unquoted token between them
            int j = i + 1;
            while (j < n && inQuotes.get(stemToken.get(j))
                    && allQuoted(inQuotes, stemToken.get(j - 1), stemToken.get(j))) {
                j++;
            }
            if (j - i <= MAX_QUOTED) {
                for (int k = i; k < j; k++) {
                    quoted[k] = true;
                }
            }
            i = j;
        }
        return quoted;
    }

    private static boolean allQuoted(List<Boolean> inQuotes, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!inQuotes.get(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index keys: the first {@link #INDEX_PREFIX} letters of each stem that is not a common word (all stems
     * if none is), so that variants of one word ("humiliation" / "humiliating", "conscious" / "conscience") share
     * a key; at most {@link #MAX_INDEX_WORDS}, from the longest stems.
     */
    private static List<String> index(String[] stems) {
        Set<String> distinct = new LinkedHashSet<>(Arrays.asList(stems));
        List<String> rare = new ArrayList<>();
        for (String s : distinct) {
            if (!Vocabulary.COMMON.contains(s)) {
                rare.add(s);
            }
        }
        List<String> pick = rare.isEmpty() ? new ArrayList<>(distinct) : rare;
        if (pick.size() > MAX_INDEX_WORDS) {
            pick.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            pick = pick.subList(0, MAX_INDEX_WORDS);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String s : pick) {
            keys.add(indexKey(s));
            String family = Vocabulary.FAMILY.get(s);
            if (family != null) {
                // a near-synonym is also looked up by its family's canonical word, which the matcher equates
                keys.add(indexKey(family));
            }
        }
        return List.copyOf(keys);
    }

    /** The index key of one stem: its first {@link #INDEX_PREFIX} characters. */
    static String indexKey(String stem) {
        return stem.length() <= INDEX_PREFIX ? stem : stem.substring(0, INDEX_PREFIX);
    }

    /** How many content words {@link #of} would keep from {@code text}: a cheap count for the splitter. */
    static int contentCount(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String t : tokens(withoutInsertions(text))) {
            if (Vocabulary.NEGATION.contains(t) || (!t.startsWith("'") && !Vocabulary.STOP.contains(t))) {
                n++;
            }
        }
        return n;
    }

    /** Drops "[...]" insertions (an editor's words, not the speaker's); an unclosed bracket is kept as text. */
    static String withoutInsertions(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i + 1);
                if (close > 0 && close - i <= 80) {
                    b.append(' ');
                    i = close + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    /**
     * Lower-case, accent-free word tokens. Letters and digits form words; an apostrophe inside a word splits off
     * a contraction ("didn't" -> "did", "not"; "they'll" -> "they", "'ll"; "Putin's" -> "putin", "'s"); hyphens
     * and other punctuation separate words; a comma or point between digits stays in the number.
     */
    static List<String> tokens(String text) {
        String t = fold(text);
        List<String> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n) {
                char d = t.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if ((d == ',' || d == '.') && j + 1 < n && Character.isDigit(t.charAt(j + 1))
                        && j > i && Character.isDigit(t.charAt(j - 1))) {
                    j++;
                } else {
                    break;
                }
            }
            String word = t.substring(i, j);
            // a bound prefix stays on its word: "co-founder" is not "founder"
            while (j + 1 < n && (t.charAt(j) == '-' || t.charAt(j) == '‐') && BOUND_PREFIXES.contains(word)
                    && Character.isLetter(t.charAt(j + 1))) {
                int k = j + 1;
                while (k < n && Character.isLetterOrDigit(t.charAt(k))) {
                    k++;
                }
                word = word + t.substring(j + 1, k);
                j = k;
            }
            if (j + 1 < n && isApostrophe(t.charAt(j)) && Character.isLetter(t.charAt(j + 1))) {
                int k = j + 1;
                while (k < n && Character.isLetter(t.charAt(k))) {
                    k++;
                }
                String tail = t.substring(j + 1, k);
                if (tail.equals("t") && word.endsWith("n") && word.length() > 1) {
                    String head = word.substring(0, word.length() - 1);
                    out.add(switch (head) {
                        case "wo" -> "will";
                        case "ca" -> "can";
                        case "sha" -> "shall";
                        default -> head;
                    });
                    out.add("not");
                    i = k;
                    continue;
                }
                if (tail.length() <= 2) {
                    out.add(word);
                    out.add("'" + tail);
                    i = k;
                    continue;
                }
                // an apostrophe that is not a contraction (O'Brien): one word
                word = word + tail;
                j = k;
            }
            out.add(word);
            i = j;
        }
        return out;
    }

    /** Prefixes written with a hyphen that make a different word ("co-founder", "ex-president", "non-violent"). */
    private static final Set<String> BOUND_PREFIXES = Set.of("co", "ex", "anti", "non", "pre", "re", "un", "self",
            "vice", "pro", "mid", "semi", "multi", "neo", "pseudo", "quasi", "counter", "post", "de");

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }

    /** Lower case with accents removed; ligatures and compatibility forms opened. */
    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return lower;
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
