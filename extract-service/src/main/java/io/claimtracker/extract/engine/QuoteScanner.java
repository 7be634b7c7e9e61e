package io.claimtracker.extract.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in the body paragraphs of a page. Real pages mix curly and straight marks in one quote, put a
 * stray space before a closing mark, leave marks unbalanced, use apostrophes that look like single quotes, nest
 * quotes with the same or with single marks, and continue a quote over paragraphs by reopening it at each
 * paragraph and closing it only at the last. The scanner reads each mark from its neighbours and keeps a small
 * stack; it never backtracks, so it is linear in the text.
 */
final class QuoteScanner {

    /** A quoted span. Content offsets are char offsets, end exclusive, trimmed of spaces and a trailing comma. */
    static final class Quote {
        final int open;
        int close = -1;
        int contentStart;
        int contentEnd;
        final boolean dbl;
        int depth;
        Quote parent;
        final int paragraph;
        int lastParagraph;
        /** true when the quote ran to the end of its paragraph without a closing mark. */
        boolean unclosed;
        /** true when this quote is the reopened continuation of a quote split by an intervening line. */
        boolean continuation;
        final List<Quote> children = new ArrayList<>(0);

        Quote(int open, boolean dbl, int depth, Quote parent, int paragraph) {
            this.open = open;
            this.dbl = dbl;
            this.depth = depth;
            this.parent = parent;
            this.paragraph = paragraph;
            this.lastParagraph = paragraph;
        }

        /** The char offset just past the whole quote including its closing mark. */
        int closeWidth = 1;

        int outerEnd() {
            return close >= 0 ? close + closeWidth : contentEnd;
        }
    }

    private QuoteScanner() {
    }

    static List<Quote> scan(Page page) {
        String t = page.text;
        List<Quote> all = new ArrayList<>();
        List<Quote> stack = new ArrayList<>();
        List<Page.Paragraph> ps = page.paragraphs;
        int previousBody = -1;
        for (Page.Paragraph p : ps) {
            if (p.clutter()) {
                continue;
            }
            int from = p.start();
            boolean adjacent = previousBody == p.index() - 1;
            if (!stack.isEmpty()) {
                // A quote left open by the previous paragraph continues only if this one reopens it.
                Quote bottom = stack.get(0);
                int width = isTwoApostrophes(t, p.start(), p.end()) ? 2 : 1;
                if (adjacent && bottom.dbl && isDoubleOpenerAt(t, p.start(), p.end())
                        && !startsTurn(t, p.start() + width, p.end())) {
                    bottom.lastParagraph = p.index();
                    from = p.start() + width;
                    // inner quotes do not survive a paragraph break
                    while (stack.size() > 1) {
                        closeAtParagraphEnd(t, stack.remove(stack.size() - 1), ps);
                    }
                } else {
                    while (!stack.isEmpty()) {
                        closeAtParagraphEnd(t, stack.remove(stack.size() - 1), ps);
                    }
                }
            }
            previousBody = p.index();
            scanParagraph(t, page.chars, p, from, stack, all);
            // Single quotes never carry over a paragraph break.
            while (!stack.isEmpty() && !stack.get(stack.size() - 1).dbl) {
                Quote q = stack.remove(stack.size() - 1);
                q.unclosed = true;
                dropOrClose(t, q, p.end());
            }
            // Doubles stay open for a possible continuation; record where this paragraph ended.
            for (Quote q : stack) {
                q.contentEnd = trimEnd(t, q.contentStart, p.end());
            }
        }
        while (!stack.isEmpty()) {
            closeAtParagraphEnd(t, stack.remove(stack.size() - 1), ps);
        }
        List<Quote> kept = new ArrayList<>(all.size());
        for (Quote q : all) {
            if (q.contentEnd > q.contentStart) {
                kept.add(q);
            }
            q.children.removeIf(c -> c.contentEnd <= c.contentStart); // (a mark opening nothing at a paragraph's end)
        }
        kept.sort((a, b) -> Integer.compare(a.open, b.open));
        return kept;
    }

    private static void closeAtParagraphEnd(String t, Quote q, List<Page.Paragraph> ps) {
        q.unclosed = true;
        int end = ps.get(q.lastParagraph).end();
        q.contentEnd = trimEnd(t, q.contentStart, end);
    }

    private static void dropOrClose(String t, Quote q, int end) {
        q.contentEnd = trimEnd(t, q.contentStart, end);
        if (!q.dbl) {
            q.contentEnd = q.contentStart; // an unclosed single mark is an apostrophe or a typo, not a quote
            // so the quotes opened after it are not inside it: ‹said in ‘08 that “...”›
            for (Quote child : q.children) {
                child.parent = q.parent;
                if (q.parent != null) {
                    q.parent.children.add(child);
                }
                raise(child);
            }
            q.children.clear();
            if (q.parent != null) {
                q.parent.children.remove(q);
            }
        }
    }

    private static void raise(Quote q) {
        q.depth--;
        for (Quote child : q.children) {
            raise(child);
        }
    }

    private static void scanParagraph(String t, char[] chars, Page.Paragraph p, int from, List<Quote> stack,
                                      List<Quote> all) {
        int end = p.end();
        for (int i = from; i < end; i++) {
            char c = chars[i];
            if (!isMark(c)) {
                continue;
            }
            char prev = i > p.start() ? t.charAt(i - 1) : ' ';
            char next = i + 1 < end ? t.charAt(i + 1) : ' ';
            int openDoubles = countDoubles(stack);
            if (isTwoApostrophes(t, i, end)) {
                // typewriter double quotes: ''like this''
                next = i + 2 < end ? t.charAt(i + 2) : ' ';
                if (isOpeningContext(prev) && !isSpaceOrEnd(next) && !(openDoubles > 0 && i + 2 >= end)) {
                    open(t, i, true, p, stack, all);
                    Quote q = stack.get(stack.size() - 1);
                    if (q.open == i) {
                        q.contentStart = Math.min(end, i + 2);
                        q.contentEnd = q.contentStart;
                    }
                } else if (openDoubles > 0) {
                    Quote closed = closeDouble(t, i, stack);
                    if (closed != null) {
                        closed.closeWidth = 2;
                    }
                }
                i++;
                continue;
            }
            if ((c == '"' || c == '“') && !isOpeningContext(prev) && (next == '"' || next == '“') && i + 2 < end
                    && Character.isLetterOrDigit(t.charAt(i + 2))) {
                // a quote closed and the next opened with the paragraph break between them lost: ‹door.""In›
                if (openDoubles > 0) {
                    closeDouble(t, i, stack);
                }
                continue;
            }
            switch (c) {
                case '“', '„', '«' -> {
                    if (openDoubles > 0 && isSpaceOrEnd(next) && (!Page.isSpace(prev) || onlySpaceAfter(t, i, end))) {
                        // ‹that.”› or, with a stray space, ‹that. “› at the paragraph's end: a closing mark
                        closeDouble(t, i, stack);
                    } else {
                        open(t, i, true, p, stack, all);
                    }
                }
                case '”', '»' -> {
                    if (openDoubles == 0) {
                        if ((Page.isSpace(prev) || i == p.start()) && Character.isLetterOrDigit(next)
                                || Page.isSpace(next) && closedLater(t, i + 1, end)) {
                            // an opening mark typed as a closing one: ‹”This is why ...,” said›,
                            // ‹says,” there are a lot of people ...”›
                            open(t, i, true, p, stack, all);
                        }
                        // else: a stray closing mark
                    } else {
                        closeDouble(t, i, stack);
                    }
                }
                case '"' -> {
                    if (next == '“' && isOpeningContext(prev)) {
                        continue; // ‹"“If I was ...› a straight mark pasted before the curly one: one opening
                    }
                    if (isOpeningContext(prev) && !isSpaceOrEnd(next)) {
                        if (openDoubles > 0 && i == end - 1) {
                            closeDouble(t, i, stack);
                        } else {
                            open(t, i, true, p, stack, all);
                        }
                    } else if (isSpaceOrEnd(next) || isClosingFollower(next)) {
                        if (openDoubles > 0) {
                            closeDouble(t, i, stack);
                        }
                    } else if (openDoubles > 0) {
                        closeDouble(t, i, stack);
                    } else {
                        open(t, i, true, p, stack, all);
                    }
                }
                case '‘', '‹' -> {
                    Quote top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                    if (!Character.isLetterOrDigit(prev) && !isDecade(t, i + 1, end)) {
                        open(t, i, false, p, stack, all);
                    } else if (top != null && !top.dbl && Character.isLetterOrDigit(prev)
                            && !Character.isLetterOrDigit(next)) {
                        // a closing mark typed as an opening one: ‹‘over their dead bodies‘,›
                        stack.remove(stack.size() - 1);
                        finish(t, top, i);
                    }
                    // else an apostrophe typed as an opening mark: ‹CBS‘ Face›, ‹in ‘08›, ‹the ‘90s›
                }
                case '’', '\'', '›' -> {
                    boolean apostrophe = Character.isLetterOrDigit(prev) && Character.isLetter(next);
                    if (apostrophe) {
                        continue;
                    }
                    Quote top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                    if (top != null && !top.dbl && !Page.isSpace(prev) && !Character.isLetterOrDigit(next)) {
                        stack.remove(stack.size() - 1);
                        finish(t, top, i);
                    } else if (c == '\'' && isOpeningContext(prev) && Character.isLetter(next)
                            && !isElision(t, i, end)) {
                        open(t, i, false, p, stack, all);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Whether a closing double mark that ends a quotation (space, punctuation or the end after it) follows. */
    private static boolean closedLater(String t, int from, int end) {
        for (int k = from; k < end; k++) {
            char c = t.charAt(k);
            if (c == '“' || c == '"') {
                return false;
            }
            if (c == '”' && k > from + 1 && !Page.isSpace(t.charAt(k - 1))
                    && (k + 1 >= end || !Character.isLetterOrDigit(t.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** One lower-case letter standing for a word: ‹rock 'n' roll›, ‹Sophie in 't Veld›. */
    private static boolean isElision(String t, int i, int end) {
        return i + 2 < end && "nst".indexOf(t.charAt(i + 1)) >= 0 && !Character.isLetterOrDigit(t.charAt(i + 2));
    }

    /** Two digits and an optional "s" standing alone: the year after an elided century (‘08, ‘90s). */
    private static boolean isDecade(String t, int i, int end) {
        int j = i;
        while (j < end && Character.isDigit(t.charAt(j))) {
            j++;
        }
        if (j - i != 2) {
            return false;
        }
        if (j < end && t.charAt(j) == 's') {
            j++;
        }
        return j == end || !Character.isLetterOrDigit(t.charAt(j));
    }

    private static int countDoubles(List<Quote> stack) {
        int n = 0;
        for (Quote q : stack) {
            if (q.dbl) {
                n++;
            }
        }
        return n;
    }

    private static void open(String t, int i, boolean dbl, Page.Paragraph p, List<Quote> stack, List<Quote> all) {
        if (stack.size() >= 4) {
            return; // deeper nesting is noise
        }
        Quote parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        Quote q = new Quote(i, dbl, stack.size(), parent, p.index());
        int s = i + 1;
        while (s < t.length() && Page.isSpace(t.charAt(s)) && t.charAt(s) != '\n') {
            s++;
        }
        q.contentStart = s;
        q.contentEnd = s;
        stack.add(q);
        all.add(q);
        if (parent != null) {
            parent.children.add(q);
        }
    }

    /** A closing double mark closes the innermost open double quote and any single quotes opened inside it. */
    private static Quote closeDouble(String t, int i, List<Quote> stack) {
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (stack.get(k).dbl) {
                Quote q = null;
                while (stack.size() > k) {
                    q = stack.remove(stack.size() - 1);
                    finish(t, q, i);
                }
                return q;
            }
        }
        return null;
    }

    private static void finish(String t, Quote q, int closeMark) {
        q.close = closeMark;
        q.contentEnd = trimEnd(t, q.contentStart, closeMark);
    }

    /** Trims spaces, closing marks and a trailing comma or colon. */
    static int trimEnd(String t, int start, int end) {
        int e = end;
        while (e > start) {
            char c = t.charAt(e - 1);
            if (Page.isSpace(c) || c == ',' || c == ':' || c == ';' || c == '”' || c == '"' || c == '’' && e - 2 >= start
                    && !Character.isLetter(t.charAt(e - 2)) || c == '—' || c == '–') {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    static boolean isMark(char c) {
        if (c < 128) {
            return c == '"' || c == '\''; // asked of every character, most of them ASCII
        }
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '„' || c == '«' || c == '»' || c == '‹'
                || c == '›';
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    private static boolean isTwoApostrophes(String t, int i, int end) {
        return i + 1 < end && t.charAt(i) == '\'' && t.charAt(i + 1) == '\'';
    }

    private static boolean isDoubleOpenerAt(String t, int i, int end) {
        if (isTwoApostrophes(t, i, end)) {
            return true;
        }
        char c = t.charAt(i);
        return (c == '“' || c == '"' || c == '„' || c == '«' || c == '”') && i + 1 < end;
    }

    /** A transcript turn ("WALLACE: ...") starts a new quote rather than continuing the last. */
    static boolean startsTurn(String t, int i, int end) {
        int j = i;
        int letters = 0;
        while (j < end && j < i + 40) {
            char c = t.charAt(j);
            if (Character.isUpperCase(c) || c == '.' || c == '\'' || c == '-' || (c == ' ' && letters > 0)) {
                if (Character.isLetter(c)) {
                    letters++;
                }
                j++;
            } else {
                break;
            }
        }
        return letters >= 2 && j < end && t.charAt(j) == ':';
    }

    private static boolean isOpeningContext(char prev) {
        return Page.isSpace(prev) || "([{—–-/:;".indexOf(prev) >= 0 || prev == '“' || prev == '‘' || prev == '"'
                || prev == '\'';
    }

    private static boolean isClosingFollower(char next) {
        return ".,;:!?)]—–-…".indexOf(next) >= 0 || next == '’' || next == '”' || next == '\'';
    }

    private static boolean onlySpaceAfter(String t, int i, int end) {
        for (int k = i + 1; k < end; k++) {
            if (!Page.isSpace(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpaceOrEnd(char c) {
        return Page.isSpace(c);
    }
}
