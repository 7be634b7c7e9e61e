package io.claimtracker.extract.engine;

import java.util.List;
import java.util.Set;

/**
 * The body text as words and punctuation, with sentence numbers and the top-level quote each token sits in.
 * Words keep inner apostrophes and hyphens ("Putin’s", "Ex-Army") and the period of an abbreviation ("Mr.",
 * "U.S."), so a period token always ends a sentence unless followed by lower case.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte PUNCT = 2;
    static final byte MARK = 3;

    final String text;
    private final char[] chars;
    int size;
    int[] start;
    int[] end;
    byte[] kind;
    int[] paragraph;
    int[] sentence;
    /** Index into the article's top-level quote list, or -1 outside quotes. */
    int[] quote;
    String[] lower;
    /** Sentence boundaries: sentence k spans tokens [sentStart[k], sentEnd[k]). */
    int[] sentStart;
    int[] sentEnd;
    int sentences;

    private static final Set<String> ABBREVIATIONS = Lexicon.words(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "st", "jr", "sr", "prof", "rev",
            "capt", "sgt", "maj", "adm", "cmdr", "u.s", "u.k", "u.n", "d.c", "inc", "corp", "co", "no", "vs",
            "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "a.m", "p.m", "e.g", "i.e",
            "ft", "mt", "pres", "supt", "det", "insp", "messrs", "gov't", "ltd", "r-n.y", "d-n.y", "etc", "vol",
            "calif", "fla", "ga", "ill", "mass", "mich", "minn", "n.j", "n.y", "pa", "tenn", "tex", "va", "wash",
            "wis", "ariz", "colo", "conn", "del", "ind", "kan", "ky", "la", "md", "miss", "mo", "mont", "neb",
            "nev", "n.c", "n.d", "n.h", "n.m", "okla", "ore", "r.i", "s.c", "s.d", "vt", "w.va", "wyo", "ala");

    /** (Lower-casing never shortens a word, so a longer word is no abbreviation.) */
    private static final int LONGEST_ABBREVIATION =
            ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf((char) c);
        }
    }

    boolean[] cap;

    /** Char positions that are not tokens (null: none). */
    private java.util.BitSet skip;

    Tokens(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        int cap = Math.max(16, text.length() / 4);
        start = new int[cap];
        end = new int[cap];
        kind = new byte[cap];
        paragraph = new int[cap];
        lower = new String[cap];
        this.cap = new boolean[cap];
    }

    static Tokens of(Page page) {
        return of(page, null, null);
    }

    /**
     * As {@link #of(Page)}, leaving out the marks at the positions in {@code skip} (a nickname's quote marks), and
     * giving each word its classes in {@code vocabulary} (null: none; see {@link #has}).
     */
    static Tokens of(Page page, java.util.BitSet skip, Vocabulary vocabulary) {
        Tokens t = new Tokens(page.text, page.chars);
        t.skip = skip;
        t.vocabulary = vocabulary;
        t.flags = new int[t.start.length];
        for (Page.Paragraph p : page.paragraphs) {
            if (!p.clutter()) {
                t.tokenize(p.start(), p.end(), p.index());
            }
        }
        t.sentence = new int[t.size];
        t.quote = new int[t.size];
        java.util.Arrays.fill(t.quote, -1);
        return t;
    }

    private void add(int s, int e, byte k, int par) {
        if (size == start.length) {
            int n = size * 2;
            start = java.util.Arrays.copyOf(start, n);
            end = java.util.Arrays.copyOf(end, n);
            kind = java.util.Arrays.copyOf(kind, n);
            paragraph = java.util.Arrays.copyOf(paragraph, n);
            lower = java.util.Arrays.copyOf(lower, n);
            cap = java.util.Arrays.copyOf(cap, n);
            flags = java.util.Arrays.copyOf(flags, n);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        paragraph[size] = par;
        if (k == WORD) {
            int v = vocabulary == null ? Vocabulary.ABSENT : vocabulary.find(chars, s, e);
            if (v >= 0) {
                lower[size] = vocabulary.words[v]; // a listed word: its shared string and its classes, no allocation
                flags[size] = vocabulary.classes[v];
            } else {
                lower[size] = lowerCase(text, chars, s, e);
                flags[size] = v == Vocabulary.UNKNOWN ? vocabulary.classesOf(lower[size]) : 0;
            }
        } else if (e - s == 1 && chars[s] < 128) {
            lower[size] = ASCII[chars[s]]; // one shared string per punctuation char
        } else {
            lower[size] = text.substring(s, e);
        }
        cap[size] = k == WORD && Page.isUpperCase(chars[s]);
        size++;
    }

    /** The lower-case form of text[s, e) with one allocation ({@code chars}: the text as an array). */
    private static String lowerCase(String text, char[] chars, int s, int e) {
        int i = s;
        while (i < e && !Page.isUpperCase(chars[i])) {
            i++;
        }
        if (i == e) {
            return text.substring(s, e);
        }
        char[] out = java.util.Arrays.copyOfRange(chars, s, e);
        for (int k = i - s; k < out.length; k++) {
            char c = out[k];
            if (c < 128) {
                out[k] = Lexicon.lowerAscii(c);
            } else if (Character.isUpperCase(c) && !Character.isSurrogate(c)) {
                out[k] = Character.toLowerCase(c);
            }
        }
        return new String(out);
    }

    /** The second byte of a UTF-8 letter read as Latin-1 ("Ã" then "§"): a C1 control or a Latin-1 symbol. */
    private static boolean isMojibakeTail(char d, char prev) {
        return d >= 0x80 && d <= 0xBF && d != 0xA0 && d != 0xAB && d != 0xBB
                && (prev == 'Ã' || prev == 'Â' || prev >= 0x300 && prev <= 0x36F || prev >= 0x80 && prev <= 0xBF);
    }

    private void tokenize(int from, int to, int par) {
        String t = text;
        char[] ch = chars;
        int i = from;
        while (i < to) {
            char c = ch[i];
            if (Page.isSpace(c)) {
                i++;
                continue;
            }
            if (c < 128 ? isAsciiLetterOrDigit(c)
                    : Character.isLetterOrDigit(c) || Character.isSurrogate(c) && Character.isLetter(t.codePointAt(i))) {
                int j = i + 1;
                while (j < to) {
                    char d = ch[j];
                    if (d < 128 ? (d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9')
                            : Character.isLetterOrDigit(d) || Character.isSurrogate(d)) {
                        j++;
                    } else if (d >= 0x300 && d <= 0x36F || isMojibakeTail(d, ch[j - 1])) {
                        j++; // a combining accent, or UTF-8 read as Latin-1 inside a word: "FranÃ§ois"
                    } else if ((d == '’' || d == '\'' || d == '-' || d == '&' || d == '‑')
                            && j + 1 < to && Character.isLetterOrDigit(ch[j + 1])) {
                        j++;
                    } else if (d == '.' && j + 1 < to && Character.isLetter(ch[j + 1])
                            && (j - i == 1 || ch[j - 2] == '.')) {
                        j++; // initialisms: U.S, a.m
                    } else if ((d == '.' || d == ',') && j + 1 < to && Character.isDigit(ch[j + 1])
                            && Character.isDigit(ch[j - 1])) {
                        j++; // numbers: 28.4million, 1,000
                    } else {
                        break;
                    }
                }
                if (j < to && ch[j] == '.' && (j - i == 1 && Character.isUpperCase(c) || isAbbreviation(i, j))) {
                    j++;
                }
                add(i, j, WORD, par);
                i = j;
            } else if (skip != null && skip.get(i)) {
                i++;
            } else {
                int j = i + 1;
                if (Character.isHighSurrogate(c) && j < to) {
                    j++;
                }
                // runs of the same punctuation ("...", "--") are one token
                while (j < to && ch[j] == c && (c == '.' || c == '-')) {
                    j++;
                }
                add(i, j, QuoteScanner.isMark(c) ? MARK : PUNCT, par);
                i = j;
            }
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        char l = (char) (c | 0x20);
        return l >= 'a' && l <= 'z' || c >= '0' && c <= '9';
    }

    /** Whether text[s, e) is a listed abbreviation; a word longer than all of them is not lower-cased to ask. */
    private boolean isAbbreviation(int s, int e) {
        return e - s <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(Lexicon.lower(text.substring(s, e)));
    }

    private int[] flags;

    private Vocabulary vocabulary;

    /**
     * The engine's word lists (ArticleReader's F_ classes) as one open-addressed table of lower-case words with
     * their class bits. A token is looked up in the text itself, so a listed word (many of a sentence's words:
     * "the", "said", "that") costs neither a new string nor the hash of one.
     */
    static final class Vocabulary {
        /** {@link #find}: not decided from the characters (a non-ASCII word); look the lower-case string up. */
        static final int UNKNOWN = -2;
        static final int ABSENT = -1;
        final String[] words;
        final int[] classes;
        /**
         * Open addressing, at most a quarter full: per slot its word's hash and its index in {@link #words} plus
         * one (0: empty), side by side so that a probe reads one small array.
         */
        private final int[] slots;
        private final int mask;
        /** The words' characters end to end: word i is letters[letterStart[i], letterStart[i + 1]). */
        private final char[] letters;
        private final int[] letterStart;
        private final java.util.Map<String, Integer> byWord;

        Vocabulary(java.util.Map<String, Integer> byWord) {
            this.byWord = byWord;
            words = byWord.keySet().toArray(String[]::new);
            classes = new int[words.length];
            int n = Integer.highestOneBit(Math.max(16, words.length * 8));
            slots = new int[2 * n];
            mask = n - 1;
            letterStart = new int[words.length + 1];
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                classes[i] = byWord.get(words[i]);
                int h = words[i].hashCode();
                int k = spread(h) & mask;
                while (slots[2 * k + 1] != 0) {
                    k = (k + 1) & mask;
                }
                slots[2 * k] = h;
                slots[2 * k + 1] = i + 1;
                letterStart[i] = all.length();
                all.append(words[i]);
            }
            letterStart[words.length] = all.length();
            letters = all.toString().toCharArray();
        }

        /** The index in {@link #words} of text[s, e) lower-cased, {@link #ABSENT}, or {@link #UNKNOWN}. */
        int find(char[] text, int s, int e) {
            int h = 0;
            for (int i = s; i < e; i++) {
                char c = text[i];
                if (c >= 128) {
                    return UNKNOWN;
                }
                h = 31 * h + Lexicon.lowerAscii(c); // String.hashCode of the lower-case word
            }
            for (int k = spread(h) & mask; slots[2 * k + 1] != 0; k = (k + 1) & mask) {
                int w = slots[2 * k + 1] - 1;
                if (slots[2 * k] == h && matches(w, text, s, e)) {
                    return w;
                }
            }
            return ABSENT;
        }

        int classesOf(String lowerWord) {
            Integer f = byWord.get(lowerWord);
            return f == null ? 0 : f;
        }

        /** Whether text[s, e) lower-cased is word w. */
        private boolean matches(int w, char[] text, int s, int e) {
            int from = letterStart[w];
            if (letterStart[w + 1] - from != e - s) {
                return false;
            }
            for (int i = s; i < e; i++) {
                char c = text[i];
                if (Lexicon.lowerAscii(c) != letters[from + i - s]) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }

    /** Whether token i is a word of the given class. */
    boolean has(int i, int wordClass) {
        return i >= 0 && i < size && (flags[i] & wordClass) != 0;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isCap(int i) {
        return i >= 0 && i < size && cap[i];
    }

    boolean is(int i, String lowerText) {
        return i >= 0 && i < size && lower[i].equals(lowerText);
    }

    private String[] bare;

    /** The lower-case word without an abbreviation's period or an "ex-" prefix, computed once per token. */
    String bare(int i) {
        if (bare == null) {
            bare = new String[size];
        }
        String b = bare[i];
        if (b == null) {
            b = Cast.bare(lower[i]);
            bare[i] = b;
        }
        return b;
    }

    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** {@link Cast#isAcronym} of token i's surface, read from the text without building the string. */
    boolean isAcronym(int i) {
        int upper = 0;
        for (int k = start[i]; k < end[i]; k++) {
            char c = chars[k];
            if (Page.isLowerCase(c)) {
                return false;
            }
            if (Page.isUpperCase(c) || Character.isDigit(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** Token index whose span contains or follows char offset c. */
    int at(int c) {
        int lo = 0;
        int hi = size - 1;
        int ans = size;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] > c) {
                ans = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return ans;
    }

    /**
     * Assigns tokens to top-level quotes and splits sentences. A terminator inside a quote does not end the
     * reporter's sentence, except that a quote ending in a terminator followed by a new capitalised sentence does.
     */
    void segment(List<QuoteScanner.Quote> topLevel) {
        int qi = 0;
        for (int i = 0; i < size; i++) {
            while (qi < topLevel.size() && topLevel.get(qi).outerEnd() <= start[i]) {
                qi++;
            }
            if (qi < topLevel.size()) {
                QuoteScanner.Quote q = topLevel.get(qi);
                if (start[i] >= q.open && start[i] < q.outerEnd()) {
                    quote[i] = qi;
                }
            }
        }
        sentStart = new int[16];
        sentEnd = new int[16];
        sentences = 0;
        int s = 0;
        for (int i = 0; i < size; i++) {
            boolean last = i + 1 >= size || paragraph[i + 1] != paragraph[i];
            boolean boundary = last;
            if (!boundary && quote[i] < 0 && kind[i] == PUNCT && isTerminator(i) && startsSentence(i + 1)) {
                boundary = true;
            }
            if (!boundary && quote[i] >= 0 && kind[i] == MARK && quote[i + 1] != quote[i]
                    && topLevel.get(quote[i]).close == start[i]) {
                // just after a closing mark: does the quote end a sentence?
                int before = i - 1;
                if (before >= 0 && kind[before] == PUNCT && isTerminator(before) && startsSentence(i + 1)
                        && !isShortCueAhead(i + 1)) {
                    boundary = true;
                }
            }
            if (!boundary && quote[i] >= 0 && quote[i + 1] >= 0 && quote[i + 1] != quote[i]) {
                // two quotes back to back: the first one's terminator ends a sentence
                int before = i - 1;
                if (before >= 0 && isTerminator(before)) {
                    boundary = true;
                }
            }
            if (boundary) {
                if (sentences == sentStart.length) {
                    sentStart = java.util.Arrays.copyOf(sentStart, 2 * sentences);
                    sentEnd = java.util.Arrays.copyOf(sentEnd, 2 * sentences);
                }
                sentStart[sentences] = s;
                sentEnd[sentences] = i + 1;
                sentences++;
                s = i + 1;
            }
        }
        sentStart = java.util.Arrays.copyOf(sentStart, sentences);
        sentEnd = java.util.Arrays.copyOf(sentEnd, sentences);
        for (int k = 0; k < sentences; k++) {
            for (int i = sentStart[k]; i < sentEnd[k]; i++) {
                sentence[i] = k;
            }
        }
    }

    boolean isTerminator(int i) {
        if (kind[i] != PUNCT) {
            return false;
        }
        char c = chars[start[i]];
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private boolean startsSentence(int i) {
        if (i >= size) {
            return true;
        }
        if (kind[i] == MARK) {
            return true;
        }
        char c = chars[start[i]];
        return Character.isUpperCase(c) || Character.isDigit(c) || kind[i] == PUNCT && (c == '(' || c == '[');
    }

    /**
     * "Moore said." or "he added." right after a quote, also with an apposition set off by commas ("Glenn
     * Thompson, R-Pa., said"): an attribution, not a new sentence.
     */
    /** Words that open an addressee or a phrase of time, place or manner after a verb of saying. */
    private static final java.util.Set<String> ADVERBIAL_STARTS = Lexicon.words("reporters", "him", "her", "them",
            "during", "in", "at", "on", "after", "before", "while", "rhetorically", "later", "earlier", "last");

    /** Words that start a clause of their own: past them the run is more than an attribution. */
    private static final java.util.Set<String> CLAUSE_WORDS = Lexicon.words("that", "he", "she", "they", "we", "i",
            "it", "who", "which", "and", "but", "is", "was", "are", "were", "will", "would", "said", "says");

    private boolean isShortCueAhead(int i) {
        int commas = 0;
        for (int k = i; k < size && k < i + 6 + 10 * commas; k++) {
            if (kind[k] == PUNCT && text.charAt(start[k]) == ',' && k > i && commas < 2
                    && (commas > 0 || Character.isUpperCase(text.charAt(start[k - 1])))) {
                commas++; // "Glenn Thompson, R-Pa., said", "Ann Kile, a senator, said"
                continue;
            }
            if (commas == 1 && kind[k] == PUNCT && text.charAt(start[k]) == '.' && k + 1 < size
                    && text.charAt(start[k + 1]) == ',') {
                continue; // the abbreviation's point in "R-Pa.,"
            }
            if (kind[k] != WORD) {
                return false;
            }
            if (Lexicon.SPEECH_VERBS.contains(lower[k]) && k > i && (commas == 0 || commas == 2
                    && text.charAt(start[k - 1]) == ',')) {
                // a few words after the verb, or a longer run of phrases that report nothing more ("asked
                // reporters rhetorically during a news conference late last month.")
                boolean phrases = k + 1 < size && ADVERBIAL_STARTS.contains(lower[k + 1]);
                int n = k + 1;
                while (n < size && kind[n] == WORD && n < (phrases ? k + 15 : k + 8)) {
                    if (phrases && CLAUSE_WORDS.contains(lower[n]) && !(cap[n - 1] && n + 1 < size && cap[n + 1])) {
                        return false; // (not the "and" of "Fox and Friends")
                    }
                    n++;
                }
                return n >= size || kind[n] == PUNCT && (isTerminator(n) || text.charAt(start[n]) == ',');
            }
        }
        return false;
    }
}
