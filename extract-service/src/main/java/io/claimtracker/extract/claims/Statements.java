package io.claimtracker.extract.claims;

import io.claimtracker.extract.engine.ClaimKind;
import io.claimtracker.extract.engine.ExtractedClaim;
import io.claimtracker.extract.engine.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits an appearance's wording into statements, the units claims are made of: a long quote holds several
 * ("I invite them ... join hands with us. / Our door is always open. / ..."), and an outlet may join two in one
 * sentence ("... join hands with us -- our door is always open"; "... for which our service is famed, their
 * secrets will always be safe with us"). Cuts fall at sentence ends, paragraph breaks and ellipses, and at a
 * dash, semicolon, ", and that" or a comma before a new subject and verb when both sides are statement-sized.
 * Fragments too small to be a statement ("... our gratitude eternal") stay attached to the statement before.
 *
 * <p>When a quotation is split by its attribution ({@link ExtractedClaim#parts()}), only the quoted parts are
 * read, so the reporter's words between them ("quoting Hamlet") are never in a statement. A partial quote is
 * one statement. Offsets are code points into the article text and each statement's text is that exact slice.
 */
public final class Statements {

    private Statements() {
    }

    /** A piece smaller than this many content words, or {@link #MIN_TOKENS} words, is a fragment. */
    static final int MIN_CONTENT = 2;
    static final int MIN_TOKENS = 4;
    /** Both sides of a dash, semicolon or comma cut need at least this many content words. */
    static final int MIN_SIDE = 3;

    /** The statements of {@code appearance} in {@code articleText}, in text order. Never throws. */
    public static List<Statement> of(ExtractedClaim appearance, String articleText) {
        return of(appearance, articleText, List.of());
    }

    /**
     * As {@link #of(ExtractedClaim, String)}, leaving out the quotes {@code appearance}'s speaker relays from
     * someone else ({@code others} of the same article whose {@code reportedBy} is that speaker and whose span
     * lies inside): Moore quoting Prigozhin states Prigozhin's claim, not his own.
     */
    public static List<Statement> of(ExtractedClaim appearance, String articleText, List<ExtractedClaim> others) {
        if (appearance == null) {
            return List.of();
        }
        try {
            return split(appearance, articleText, others == null ? List.of() : others);
        } catch (RuntimeException e) {
            // never stop the pipeline on one odd appearance: it yields no statement
            return List.of();
        }
    }

    // ------------------------------------------------------------------ segments

    private static List<Statement> split(ExtractedClaim a, String articleText, List<ExtractedClaim> others) {
        Source src = Source.of(a, articleText);
        if (src == null) {
            return List.of();
        }
        List<int[]> segments = new ArrayList<>();
        boolean partsValid = !a.parts().isEmpty();
        for (Span p : a.parts()) {
            if (p == null || p.start() < a.start() || p.end() > a.end() || p.start() >= p.end() || src.isFallback) {
                partsValid = false;
                break;
            }
        }
        if (partsValid) {
            for (Span p : a.parts()) {
                segments.add(new int[] {p.start(), p.end()});
            }
            segments.sort((x, y) -> Integer.compare(x[0], y[0]));
        } else {
            segments.add(new int[] {a.start(), a.end()});
        }
        if (a.kind() == ClaimKind.PARTIAL && a.reportedBy() == null && insideDirectQuote(a, others)) {
            // a term quoted inside someone's quote (‘Radical Islam’) is a mention; the quote around it is the claim
            return List.of();
        }
        String speaker = a.speaker() == null ? null : a.speaker().name();
        List<int[]> gaps = new ArrayList<>();
        for (ExtractedClaim o : others) {
            if (o == null || o == a || o.start() < a.start() || o.end() > a.end()
                    || o.end() - o.start() >= a.end() - a.start()) {
                continue;
            }
            boolean relayed = o.reportedBy() != null && Objects.equals(o.reportedBy(), speaker);
            boolean quoteInReport = a.kind() == ClaimKind.INDIRECT && o.kind() == ClaimKind.DIRECT;
            if (relayed || quoteInReport) {
                // Moore quoting Prigozhin states Prigozhin's claim; a quote inside a report is its own appearance
                segments = subtract(segments, o.start(), o.end());
                gaps.add(new int[] {o.start(), o.end()});
            }
        }
        if (!gaps.isEmpty()) {
            segments = rejoinScraps(segments, gaps, src);
        }
        List<Statement> out = new ArrayList<>();
        for (int[] seg : segments) {
            if (seg[1] <= seg[0]) {
                continue;
            }
            String s = src.slice(seg[0], seg[1]);
            List<int[]> pieces = a.kind() == ClaimKind.PARTIAL ? mergeFragments(s, sentences(s)) : pieces(s);
            for (int[] p : pieces) {
                int[] t = trim(s, p[0], p[1]);
                if (t[1] > t[0] && hasWord(s, t[0], t[1])) {
                    int cpStart = seg[0] + s.codePointCount(0, t[0]);
                    int cpEnd = cpStart + s.codePointCount(t[0], t[1]);
                    if (a.kind() == ClaimKind.INDIRECT && Wording.contentCount(s.substring(t[0], t[1])) < 2) {
                        // "but for Republicans": a scrap of reported speech, not a statement
                        continue;
                    }
                    if (a.kind() == ClaimKind.INDIRECT && quotesInside(cpStart, cpEnd, a, others) >= 2) {
                        // a paraphrase around quotes from two or more statements ("appalled to see their
                        // military “pulverizing” the cities of a “kindred country”"): the quotes stand for it
                        continue;
                    }
                    out.add(new Statement(cpStart, cpEnd, s.substring(t[0], t[1])));
                }
            }
        }
        return out;
    }

    /** How many partial quotes of the same speaker lie (mostly) inside [start, end). */
    private static int quotesInside(int start, int end, ExtractedClaim a, List<ExtractedClaim> others) {
        int n = 0;
        for (ExtractedClaim o : others) {
            if (o == null || o == a || o.kind() != ClaimKind.PARTIAL || o.end() <= o.start()
                    || !Objects.equals(name(o), name(a))) {
                continue;
            }
            int inside = Math.min(end, o.end()) - Math.max(start, o.start());
            if (inside * 10 >= (o.end() - o.start()) * 8) {
                n++;
            }
        }
        return n;
    }

    private static String name(ExtractedClaim c) {
        return c.speaker() == null ? null : c.speaker().name();
    }

    private static boolean insideDirectQuote(ExtractedClaim a, List<ExtractedClaim> others) {
        for (ExtractedClaim o : others) {
            if (o != null && o != a && o.kind() == ClaimKind.DIRECT && o.start() <= a.start() && a.end() <= o.end()
                    && o.end() - o.start() > a.end() - a.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A side of a left-out quote too small to state anything ("As for" in "As for “open doors and keeping
     * secrets,” you might be believed ...") is not a statement of its own: the quote stays in, and the two sides are
     * one statement again.
     */
    private static List<int[]> rejoinScraps(List<int[]> segments, List<int[]> gaps, Source src) {
        List<int[]> out = new ArrayList<>();
        for (int[] seg : segments) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && isGap(last[1], seg[0], gaps)
                    && (Wording.contentCount(src.slice(last[0], last[1])) < 2
                    || Wording.contentCount(src.slice(seg[0], seg[1])) < 2)) {
                out.set(out.size() - 1, new int[] {last[0], seg[1]});
            } else {
                out.add(seg);
            }
        }
        return out;
    }

    /** Whether [from, to) is exactly covered by left-out quotes. */
    private static boolean isGap(int from, int to, List<int[]> gaps) {
        int at = from;
        boolean moved = true;
        while (at < to && moved) {
            moved = false;
            for (int[] g : gaps) {
                if (g[0] <= at && at < g[1]) {
                    at = g[1];
                    moved = true;
                }
            }
        }
        return at >= to && from < to;
    }

    private static List<int[]> subtract(List<int[]> segments, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : segments) {
            if (to <= s[0] || from >= s[1]) {
                out.add(s);
                continue;
            }
            if (from > s[0]) {
                out.add(new int[] {s[0], from});
            }
            if (to < s[1]) {
                out.add(new int[] {to, s[1]});
            }
        }
        return out;
    }

    /** The text offsets point into: the article, or the appearance's own text when the article does not fit. */
    private record Source(String text, int base, boolean isFallback) {

        static Source of(ExtractedClaim a, String article) {
            if (a.start() < 0 || a.end() < a.start()) {
                return null;
            }
            if (article != null && a.end() <= article.codePointCount(0, article.length())) {
                return new Source(article, 0, false);
            }
            if (a.text() != null && a.text().codePointCount(0, a.text().length()) == a.end() - a.start()) {
                return new Source(a.text(), a.start(), true);
            }
            return null;
        }

        String slice(int cpStart, int cpEnd) {
            int from = text.offsetByCodePoints(0, cpStart - base);
            int to = text.offsetByCodePoints(from, cpEnd - cpStart);
            return text.substring(from, to);
        }
    }

    // ------------------------------------------------------------------ pieces

    /** Char ranges of the statements in {@code s}: sentences, then soft cuts within them, then fragments merged. */
    static List<int[]> pieces(String s) {
        List<int[]> sentences = sentences(s);
        List<int[]> cut = new ArrayList<>();
        for (int[] sentence : sentences) {
            cut.addAll(softCuts(s, sentence[0], sentence[1]));
        }
        return mergeFragments(s, cut);
    }

    /** Ranges between hard cuts: paragraph breaks and sentence ends. */
    static List<int[]> sentences(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                out.add(new int[] {start, i});
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                start = i;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = sentenceEnd(s, i);
                if (end > 0) {
                    out.add(new int[] {start, end});
                    start = end;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        out.add(new int[] {start, n});
        return out;
    }

    /**
     * If the punctuation at {@code i} ends a sentence, the index just after it (and any closing quote); else -1.
     * A sentence ends when the next word starts with a capital or digit, not after an abbreviation or initial.
     */
    private static int sentenceEnd(String s, int i) {
        int n = s.length();
        int j = i;
        boolean ellipsis = false;
        int dots = 0;
        while (j < n && ".!?…".indexOf(s.charAt(j)) >= 0) {
            if (s.charAt(j) == '…') {
                ellipsis = true;
            }
            if (s.charAt(j) == '.') {
                dots++;
            }
            j++;
        }
        ellipsis |= dots >= 3;
        while (j < n && isClosing(s.charAt(j))) {
            j++;
        }
        int end = j;
        int k = j;
        while (k < n && isSpace(s.charAt(k))) {
            k++;
        }
        if (k == j && !ellipsis && k < n) {
            return -1;
        }
        while (k < n && isQuote(s.charAt(k))) {
            k++;
        }
        if (k >= n) {
            return -1;
        }
        char next = s.charAt(k);
        if (!Character.isUpperCase(next) && !Character.isDigit(next)) {
            return -1;
        }
        if (s.charAt(i) == '.' && dots == 1 && abbreviationBefore(s, i)) {
            return -1;
        }
        return end;
    }

    private static boolean abbreviationBefore(String s, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        String w = s.substring(b, dot).toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return false;
        }
        return w.length() == 1 || Vocabulary.ABBREVIATIONS.contains(w) || w.indexOf('.') >= 0;
    }

    /** Dash, semicolon, mid-sentence ellipsis, ", and that" and comma-splice cuts inside one sentence. */
    private static List<int[]> softCuts(String s, int from, int to) {
        List<int[]> cuts = new ArrayList<>(); // each {cutStart, cutEnd, 1 when a new clause follows}
        int dashes = 0;
        for (int i = from; i < to; i++) {
            if (dashAt(s, i, to) > 0) {
                dashes++;
            }
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int len;
            if (dashes == 1 && (len = dashAt(s, i, to)) > 0) {
                int w = i + len;
                while (w < to && isSpace(s.charAt(w))) {
                    w++;
                }
                if (startsNewClause(s, w, to)) {
                    cuts.add(new int[] {i, w, 1});
                }
            } else if (c == ';') {
                cuts.add(new int[] {i, i + 1, 0});
            } else if (c == '…' && i + 1 < to && isSpace(s.charAt(i + 1))) {
                cuts.add(new int[] {i + 1, i + 1, 0});
            } else if (c == ' ' && i > from && s.charAt(i - 1) != ',' && s.startsWith("and ", i + 1)
                    && (s.startsWith("that ", i + 5) || startsNewClause(s, i + 1, to))) {
                // "X and that Y", "X and he should Y": two reported statements
                cuts.add(new int[] {i, i + 5, 1});
            } else if (c == ' ' && i > from && (len = reportingVerbAfterAnd(s, i + 1, to)) > 0) {
                // "X and said Y": the reporter's words between two statements
                cuts.add(new int[] {i, i + 1 + len, 1});
            } else if (c == ',' && i + 1 < to && isSpace(s.charAt(i + 1))) {
                int w = i + 1;
                while (w < to && isSpace(s.charAt(w))) {
                    w++;
                }
                if (startsNewClause(s, w, to)) {
                    // ", and that X": the statement is "that X"
                    cuts.add(new int[] {i, s.startsWith("and that", w) ? w + 4 : w, 1});
                }
            }
        }
        // each piece {start, end, 1 when a clause cut bounds it: a checked clause, never a fragment}
        List<int[]> out = new ArrayList<>();
        int start = from;
        boolean startsClause = false;
        for (int k = 0; k < cuts.size(); k++) {
            int[] cut = cuts.get(k);
            int nextEnd = k + 1 < cuts.size() ? cuts.get(k + 1)[0] : to;
            boolean clause = cut[2] == 1;
            if (clause ? isClause(s, start, cut[0]) && isClause(s, cut[1], nextEnd) && !subordinate(s, start, cut[0])
                    : contentWords(s, start, cut[0]) >= MIN_SIDE && contentWords(s, cut[1], nextEnd) >= MIN_SIDE) {
                out.add(new int[] {start, cut[0], clause || startsClause ? 1 : 0});
                start = cut[1];
                startsClause = clause;
            }
        }
        out.add(new int[] {start, to, startsClause ? 1 : 0});
        return out;
    }

    /** True when the piece opens a subordinate clause ("if you're listening", "until you've sat there"). */
    private static boolean subordinate(String s, int from, int to) {
        for (String t : Wording.tokens(s.substring(from, to))) {
            if (Vocabulary.SUBORDINATORS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Big enough to stand as a clause of its own: a content word and three words. */
    private static boolean isClause(String s, int from, int to) {
        return from < to && contentWords(s, from, to) >= 1 && Wording.tokens(s.substring(from, to)).size() >= 3;
    }

    /** Length of a dash that can separate statements at {@code i} (" -- ", " – ", " — ", "—"), else 0. */
    private static int dashAt(String s, int i, int to) {
        char c = s.charAt(i);
        boolean spaceBefore = i > 0 && isSpace(s.charAt(i - 1));
        if (c == '-' && i + 1 < to && s.charAt(i + 1) == '-' && spaceBefore
                && i + 2 < to && isSpace(s.charAt(i + 2))) {
            return 2;
        }
        if (c == '—') {
            return 1;
        }
        if (c == '–' && spaceBefore && i + 1 < to && isSpace(s.charAt(i + 1))) {
            return 1;
        }
        return 0;
    }

    /**
     * At {@code w}: "and that ...", "but ...", or (after an optional "and", "but" or "so") a subject pronoun
     * followed within a few words by a finite verb ("their secrets will", "and it needs").
     */
    private static boolean startsNewClause(String s, int w, int to) {
        List<String> next = Wording.tokens(s.substring(w, Math.min(to, w + 60)));
        if (next.size() >= 2 && next.get(0).equals("and") && next.get(1).equals("that")) {
            return true;
        }
        if (!next.isEmpty() && next.get(0).equals("but")) {
            // "..., but was instead forced to ...": a contrast states a second claim
            return true;
        }
        int k = !next.isEmpty() && (next.get(0).equals("and") || next.get(0).equals("so")) ? 1 : 0;
        if (next.size() <= k) {
            return false;
        }
        boolean pronoun = Vocabulary.CLAUSE_SUBJECTS.contains(next.get(k));
        if (!pronoun && !(k == 1 && Vocabulary.DETERMINERS.contains(next.get(k)))) {
            return false;
        }
        if (parenthetical(s, w, to)) {
            // "He should have realized, I am sure, that ...": an aside, not a second statement
            return false;
        }
        if (k == 1 && Vocabulary.PERSONAL.contains(next.get(k)) && next.size() > k + 1
                && !Vocabulary.STOP.contains(next.get(k + 1))) {
            // "... and we know that ...": after "and", a personal pronoun is followed by its verb
            return true;
        }
        for (int v = k + 1; v < Math.min(next.size(), k + 4); v++) {
            String t = next.get(v);
            if (Vocabulary.FINITE.contains(t) || (pronoun && v == k + 1 && t.length() > 3
                    && (t.endsWith("s") || t.endsWith("ed")) && !t.endsWith("ss"))) {
                return true;
            }
        }
        return false;
    }

    /** True when a comma closes the clause at {@code w} within four words: an aside between commas. */
    private static boolean parenthetical(String s, int w, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = w; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '’') {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
                if (c == ',' || c == '–' || c == '—') {
                    return words <= 4;
                }
            }
            if (words > 4) {
                return false;
            }
        }
        return false;
    }

    /** The length of "and said " (or another reporting verb) at {@code at}, else 0. */
    private static int reportingVerbAfterAnd(String s, int at, int to) {
        int w;
        if (s.startsWith("and ", at)) {
            w = at + 4;
        } else if (s.startsWith("but ", at)) {
            w = at + 4;
        } else {
            return 0;
        }
        int e = w;
        while (e < to && Character.isLetter(s.charAt(e))) {
            e++;
        }
        if (e < to && (isSpace(s.charAt(e)) || s.charAt(e) == ',') && Vocabulary.REPORTING.contains(s.substring(w, e))) {
            return e + 1 - at;
        }
        return 0;
    }

    /** Joins each fragment to the piece before it (the first piece's fragments to the piece after). */
    private static List<int[]> mergeFragments(String s, List<int[]> pieces) {
        List<int[]> out = new ArrayList<>();
        int[] pending = null; // a leading fragment waiting for the next piece
        for (int[] p : pieces) {
            int[] piece = pending == null ? p : new int[] {pending[0], p[1]};
            pending = null;
            boolean clause = p.length > 2 && p[2] == 1;
            if (!clause && (isFragment(s, p[0], p[1]) || isFragment(s, piece[0], piece[1]))) {
                if (!out.isEmpty()) {
                    int[] last = out.get(out.size() - 1);
                    last[1] = piece[1];
                    continue;
                }
                pending = piece;
                continue;
            }
            out.add(new int[] {piece[0], piece[1]});
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /**
     * Too small to be a statement: under three words, no content word, or a lower-case run-on ("our gratitude
     * eternal") or unfinished piece with few content words. A short full sentence ("He hates them.", or a
     * capitalised last piece of the quote: "He should step down") is a statement.
     */
    static boolean isFragment(String s, int from, int to) {
        int[] t = trim(s, from, to);
        if (t[1] <= t[0]) {
            return true;
        }
        String piece = s.substring(t[0], t[1]);
        List<String> tokens = Wording.tokens(piece);
        int content = contentWords(s, t[0], t[1]);
        if (tokens.size() < MIN_TOKENS - 1 || content == 0) {
            return true;
        }
        int first = piece.codePointAt(0);
        int[] rest = trim(s, t[1], s.length());
        boolean ends = ".!?…".indexOf(piece.charAt(piece.length() - 1)) >= 0 || rest[1] <= rest[0];
        boolean sentence = (Character.isUpperCase(first) || Character.isDigit(first)) && ends;
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && content <= MIN_CONTENT) {
            return true;
        }
        return content < MIN_CONTENT && !sentence;
    }

    private static int contentWords(String s, int from, int to) {
        return from >= to ? 0 : Wording.contentCount(s.substring(from, to));
    }

    // ------------------------------------------------------------------ trimming

    /** Strips surrounding space, quote marks and joining punctuation; keeps a sentence's final stop. */
    private static int[] trim(String s, int from, int to) {
        while (from < to && (isSpace(s.charAt(from)) || isQuote(s.charAt(from))
                || ",;:–—-…".indexOf(s.charAt(from)) >= 0 || (s.charAt(from) == '.'))) {
            from++;
        }
        while (to > from && (isSpace(s.charAt(to - 1)) || isQuote(s.charAt(to - 1))
                || ",;:–—-".indexOf(s.charAt(to - 1)) >= 0)) {
            to--;
        }
        return new int[] {from, to};
    }

    private static boolean hasWord(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace including the no-break spaces pages put after a full stop. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'' || c == '«' || c == '»'
                || c == '„' || c == '‹' || c == '›';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']' || c == '›';
    }
}
