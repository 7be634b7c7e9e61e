package io.claimtracker.extract.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's text cut into paragraphs (one per line), each marked as body text or as page clutter: navigation,
 * "Advertisement", "Read more", photo captions and credits, headlines and link lists without sentence
 * punctuation, repeated lines, and a whole-article copy that a page carries twice. Claims come only from body
 * paragraphs; clutter is never read as a sentence, a speaker or a context.
 */
final class Page {

    /** A line of the text; {@code start}/{@code end} are char offsets of its trimmed content. */
    record Paragraph(int index, int start, int end, boolean clutter) {
    }

    final String text;
    /** The text as an array, for the scanners' per-character loops. */
    final char[] chars;
    final List<Paragraph> paragraphs;

    private Page(String text, char[] chars, List<Paragraph> paragraphs) {
        this.text = text;
        this.chars = chars;
        this.paragraphs = paragraphs;
    }

    static Page read(String text) {
        List<int[]> lines = new ArrayList<>();
        char[] chars = text.toCharArray(); // scanned as an array: charAt on a UTF-16 page bounds-checks every char
        int n = chars.length;
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || chars[i] == '\n') {
                int s = lineStart;
                int e = i;
                while (s < e && isSpace(chars[s])) {
                    s++;
                }
                while (e > s && isSpace(chars[e - 1])) {
                    e--;
                }
                if (e > s) {
                    int[] previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                    if (previous != null && brokenSentence(chars, previous, s)) {
                        previous[1] = e; // a sentence broken by a single line break goes on in one paragraph
                    } else {
                        lines.add(new int[] {s, e});
                    }
                }
                lineStart = i + 1;
            }
        }
        boolean[] clutter = new boolean[lines.size()];
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            int[] l = lines.get(k);
            boolean repeated = !seen.add(fingerprint(chars, l[0], l[1]));
            clutter[k] = isClutter(text, chars, l[0], l[1])
                    || repeated && !(k > 0 && signsQuotation(chars, lines.get(k - 1)[0], lines.get(k - 1)[1], l[0]));
        }
        markPageCopies(chars, lines, clutter);
        List<Paragraph> paragraphs = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            paragraphs.add(new Paragraph(k, lines.get(k)[0], lines.get(k)[1], clutter[k]));
        }
        return new Page(text, chars, paragraphs);
    }

    /**
     * A line that opens with a dash right after a line that ends with a closing quotation mark: "- Sanders."
     * signs the quotation above it, however often the page repeats it.
     */
    static boolean signsQuotation(char[] c, int beforeStart, int beforeEnd, int start) {
        int last = beforeEnd - 1;
        while (last > beforeStart && isSpace(c[last])) {
            last--;
        }
        char d = c[start];
        return (d == '-' || d == '–' || d == '—' || d == '―') && (c[last] == '"' || c[last] == '”');
    }

    /**
     * A line that stops mid-sentence, followed after one line break by a line that goes on in lower case
     * ("... to participate personally" / "in caucuses and primaries.”"): one paragraph, not a headline and a scrap.
     */
    private static boolean brokenSentence(char[] chars, int[] previous, int nextStart) {
        char last = chars[previous[1] - 1];
        if (!Character.isLetterOrDigit(last) && last != ',' || !Character.isLowerCase(chars[nextStart])) {
            return false;
        }
        int breaks = 0;
        for (int i = previous[1]; i < nextStart; i++) {
            if (chars[i] == '\n') {
                breaks++;
            }
        }
        return breaks == 1;
    }

    /**
     * A page that carries its article twice often has one copy run together into a single long line. Such a line
     * contains several of the other paragraphs word for word, each starting where one of its sentences starts; it is
     * dropped so each appearance counts once.
     */
    private static void markPageCopies(char[] chars, List<int[]> lines, boolean[] clutter) {
        final int probe = 80;
        Openings openings = null;
        for (int k = 0; k < lines.size(); k++) {
            int[] big = lines.get(k);
            if (clutter[k] || big[1] - big[0] < 400) {
                continue;
            }
            if (openings == null) {
                openings = new Openings(chars, probe, lines, clutter);
            }
            int contained = 0;
            for (int i = big[0]; i + probe <= big[1] && contained < 3; i++) {
                boolean sentenceStart = i == big[0] || i >= big[0] + 2 && chars[i - 1] == ' '
                        && endsSentence(chars[i - 2]);
                if (sentenceStart && openings.contains(i)) {
                    contained++;
                }
            }
            if (contained >= 3) {
                clutter[k] = true;
            }
        }
    }

    /**
     * The first {@code probe} characters of each body line at least that long, as a set asked about positions in
     * the text: a position is compared by the hash of its {@code probe} characters first, and character by
     * character only where a hash matches, so no substring is built.
     */
    private static final class Openings {
        private final char[] chars;
        private final int probe;
        /** Open addressing, at most half full: per slot a hash and the opening's start plus one (0: empty). */
        private final int[] hashes;
        private final int[] starts;
        private final int mask;

        Openings(char[] chars, int probe, List<int[]> lines, boolean[] clutter) {
            this.chars = chars;
            this.probe = probe;
            int n = Integer.highestOneBit(Math.max(8, lines.size() * 4));
            hashes = new int[n];
            starts = new int[n];
            mask = n - 1;
            for (int j = 0; j < lines.size(); j++) {
                int[] l = lines.get(j);
                if (!clutter[j] && l[1] - l[0] >= probe) {
                    int h = hash(l[0]);
                    int slot = h & mask;
                    while (starts[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    hashes[slot] = h;
                    starts[slot] = l[0] + 1;
                }
            }
        }

        /** Whether chars[i, i + probe) is one of the openings. */
        boolean contains(int i) {
            int h = hash(i);
            for (int slot = h & mask; starts[slot] != 0; slot = (slot + 1) & mask) {
                int s = starts[slot] - 1;
                if (hashes[slot] == h && java.util.Arrays.equals(chars, i, i + probe, chars, s, s + probe)) {
                    return true;
                }
            }
            return false;
        }

        private int hash(int from) {
            int h = 0;
            for (int i = from; i < from + probe; i++) {
                h = 31 * h + chars[i];
            }
            return h ^ (h >>> 16);
        }
    }

    /** One of ".!?”\"’": a character that ends a sentence, or the closing mark after one. */
    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '”' || c == '"' || c == '’';
    }

    private static final String[] CLUTTER_PREFIXES = {
        "advertisement", "read more", "read the rest", "jump directly to", "skip to", "source:", "home »",
        "credit:", "photo:", "image:", "click here", "sign up", "follow us", "related:", "watch:", "listen:",
        "share this", "subscribe", "latest headlines", "topics", "tags:", "more from", "recommended",
        "copyright", "©", "all rights reserved", "this article", "story continues", "continue reading"
    };

    private static final String[] CAPTION_MARKS = {
        "Credit:", "File photo", "file photo", "Photo by", "photo by", "Photograph:", "/EPA", "/AP", "/Reuters",
        "/AFP", "Getty Images", "(Photo", "Image credit", "Picture:", "/Getty", "Getty/", "Shutterstock",
        "Photo credit", "PHOTO:", "(AP Photo", "AP Photo/"
    };

    static boolean isClutter(String line) {
        return isClutter(line, line.toCharArray(), 0, line.length());
    }

    /** Whether text[from, to) is clutter; {@code chars} holds the text, for the per-character scans. */
    private static boolean isClutter(String text, char[] chars, int from, int to) {
        int length = to - from;
        if (length < 120) {
            for (String p : CLUTTER_PREFIXES) {
                if (length < p.length() + 80 && text.regionMatches(true, from, p, 0, p.length())) {
                    return true;
                }
            }
        }
        if (length < 600 && mayBeCaption(text, chars, from, to)) {
            String line = text.substring(from, to);
            for (String m : CAPTION_MARKS) {
                if (line.contains(m)) {
                    return true;
                }
            }
        }
        boolean digitsOnly = true;
        for (int i = from; i < to && digitsOnly; i++) {
            digitsOnly = Character.isDigit(chars[i]) || isSpace(chars[i]);
        }
        if (digitsOnly) {
            return true;
        }
        return isTitleLike(text, chars, from, to);
    }

    /** Every caption mark holds a '/', a ':', "hoto", "Getty", "Shutterstock" or "Picture"; most lines hold none. */
    private static boolean mayBeCaption(String text, char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '/' || c == ':' || c == 'G' || c == 'S' || c == 'P' || c == 'h' && i + 3 < to
                    && text.startsWith("hoto", i)) {
                if (c == '/' || c == ':' || c == 'h' || text.startsWith("Getty", i) || text.startsWith("Shutterstock", i)
                        || text.startsWith("Picture", i) || text.startsWith("PHOTO", i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short line that does not end like a sentence: a headline, a caption title, a menu or a link. */
    private static boolean isTitleLike(String text, char[] chars, int from, int to) {
        char last = text.charAt(to - 1);
        if (".!?…\"”’':;)]".indexOf(last) >= 0) {
            return false;
        }
        if (last == '“' || last == '‘') {
            int k = to - 2;
            while (k > from && isSpace(text.charAt(k))) {
                k--; // a stray space before it: ‹They see that. “›
            }
            if (k >= from && ".!?,".indexOf(text.charAt(k)) >= 0) {
                return false; // a sentence closed by an opening mark typed for a closing one: ‹“Mostly False.“›
            }
        }
        // a quote signed with a dash: “...” ― Carla Sanchez
        if (QuoteScanner.isDoubleMark(text.charAt(from))) {
            for (int i = from + 1; i < to; i++) {
                if (chars[i] == '―' || chars[i] == '—') {
                    return false;
                }
            }
        }
        int words = 1;
        for (int i = from; i < to && words <= 30; i++) {
            if (chars[i] == ' ') {
                words++;
            }
        }
        return words <= 30;
    }

    /** A 64-bit hash of a line with its spacing ignored, to spot a line the page repeats. */
    private static long fingerprint(char[] text, int from, int to) {
        long h = 1125899906842597L;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (!isSpace(c)) {
                h = 31 * h + c;
            }
        }
        return h;
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false; // every printable ASCII character: the common case, one comparison pair
        }
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\u2009' || c == '\u202F'
                || c == '\u200B' || c == '\u2002' || c == '\u2003' || c == '\f' || c == '\u000B' || isDirectionMark(c);
    }

    /** Character.isLetter, settling an ASCII character with two comparisons. */
    static boolean isLetter(char c) {
        if (c < 128) {
            char l = (char) (c | 0x20);
            return l >= 'a' && l <= 'z';
        }
        return Character.isLetter(c);
    }

    /** Character.isUpperCase, settling an ASCII character with two comparisons. */
    static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** Character.isLowerCase, settling an ASCII character with two comparisons. */
    static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** Invisible marks of writing direction and the byte-order mark, which pages paste into the text. */
    private static boolean isDirectionMark(char c) {
        return c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\uFEFF';
    }
}
