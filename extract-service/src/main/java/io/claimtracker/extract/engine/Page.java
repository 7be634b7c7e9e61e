package io.claimtracker.extract.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    final List<Paragraph> paragraphs;

    private Page(String text, List<Paragraph> paragraphs) {
        this.text = text;
        this.paragraphs = paragraphs;
    }

    static Page read(String text) {
        List<int[]> lines = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int s = lineStart;
                int e = i;
                while (s < e && isSpace(text.charAt(s))) {
                    s++;
                }
                while (e > s && isSpace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    lines.add(new int[] {s, e});
                }
                lineStart = i + 1;
            }
        }
        boolean[] clutter = new boolean[lines.size()];
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            int[] l = lines.get(k);
            String line = text.substring(l[0], l[1]);
            clutter[k] = isClutter(line) || !seen.add(normalise(line));
        }
        markPageCopies(text, lines, clutter);
        List<Paragraph> paragraphs = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            paragraphs.add(new Paragraph(k, lines.get(k)[0], lines.get(k)[1], clutter[k]));
        }
        return new Page(text, paragraphs);
    }

    /**
     * A page that carries its article twice often has one copy run together into a single huge line. Such a line
     * contains several of the other paragraphs word for word; it is dropped so each appearance counts once.
     */
    private static void markPageCopies(String text, List<int[]> lines, boolean[] clutter) {
        for (int k = 0; k < lines.size(); k++) {
            int[] big = lines.get(k);
            if (clutter[k] || big[1] - big[0] < 1200) {
                continue;
            }
            String blob = text.substring(big[0], big[1]);
            int contained = 0;
            for (int j = 0; j < lines.size() && contained < 3; j++) {
                int[] other = lines.get(j);
                if (j == k || clutter[j] || other[1] - other[0] < 80 || other[1] - other[0] >= big[1] - big[0]) {
                    continue;
                }
                if (blob.contains(text.substring(other[0], other[0] + 80))) {
                    contained++;
                }
            }
            if (contained >= 3) {
                clutter[k] = true;
            }
        }
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
        String lower = line.toLowerCase(Locale.ROOT);
        for (String p : CLUTTER_PREFIXES) {
            if (lower.startsWith(p) && (line.length() < p.length() + 80)) {
                return true;
            }
        }
        if (line.length() < 600) {
            for (String m : CAPTION_MARKS) {
                if (line.contains(m)) {
                    return true;
                }
            }
        }
        boolean digitsOnly = true;
        for (int i = 0; i < line.length() && digitsOnly; i++) {
            digitsOnly = Character.isDigit(line.charAt(i)) || isSpace(line.charAt(i));
        }
        if (digitsOnly) {
            return true;
        }
        return isTitleLike(line);
    }

    /** A short line that does not end like a sentence: a headline, a caption title, a menu or a link. */
    private static boolean isTitleLike(String line) {
        char last = line.charAt(line.length() - 1);
        if (".!?…\"”’':;)]".indexOf(last) >= 0) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                words++;
            }
        }
        return words <= 30;
    }

    private static String normalise(String line) {
        StringBuilder b = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\u2009' || c == '\u202F'
                || c == '\u200B' || c == '\u2002' || c == '\u2003' || c == '\f' || c == '\u000B';
    }
}
