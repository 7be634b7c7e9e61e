package io.claimtracker.extract.engine;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date a page prints near its top: an ISO date with an optional time
 * ("2023-07-19 21:59"), a wire dateline ("July 19 (UPI) --"), or a written date ("July 19, 2023",
 * "19 July 2023"). Only the first 3,000 chars are read: a date further down is about the story, not the page.
 */
final class PageDates {

    private static final String MONTHS = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    private static final Pattern ISO = Pattern.compile(
            "\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?:[ T](\\d\\d):(\\d\\d))?\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTHS + " (\\d{1,2}),? ((?:19|20)\\d\\d)\\b(?:,? (\\d{1,2}):(\\d\\d))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2}) " + MONTHS + ",? ((?:19|20)\\d\\d)\\b");
    private static final Pattern DATELINE_AT = Pattern.compile(
            MONTHS + " (\\d{1,2}) \\((?:[A-Z][A-Za-z]{1,11})\\)");

    private PageDates() {
    }

    /** The months' first three letters end to end ("JanFeb...Dec"), read as an array in the scan. */
    private static final char[] MONTH_STARTS = "JanFebMarAprMayJunJulAugSepOctNovDec".toCharArray();

    /**
     * The earliest date near the top of the page. Regular expressions only run where a cheap scan found a year
     * ("2023-") or a month name, so the search costs little on pages without dates. {@code chars} holds the text.
     */
    static PublicationDate find(String text, char[] chars, ClaimExtractor.CodePoints cp) {
        String head = text;
        int limit = Math.min(text.length(), 3000);
        char[] top = chars; // (the page's char array: String.charAt on a UTF-16 page costs a bounds check each)
        int bestAt = Integer.MAX_VALUE;
        PublicationDate best = null;
        for (int i = 0; i + 10 <= limit && i < bestAt; i++) {
            char c = top[i];
            if ((c == '1' || c == '2') && top[i + 4] == '-' && (i == 0 || !Character.isDigit(top[i - 1]))) {
                Matcher m = ISO.matcher(head).region(i, Math.min(limit, i + 16));
                if (m.lookingAt()) {
                    best = date(head, cp, m.start(), m.end(), Integer.valueOf(m.group(1)),
                            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), m.group(5));
                    bestAt = m.start();
                }
            }
        }
        int lineStart = 0;
        for (int i = 0; i + 3 <= limit && i < bestAt; i++) {
            char c = top[i];
            if (c == '\n') {
                lineStart = i + 1;
                continue;
            }
            if (c < 'A' || c > 'S' || "JFMASOND".indexOf(c) < 0 || i > 0 && Character.isLetter(top[i - 1])
                    || !isMonthStart(top, i)) {
                continue;
            }
            int to = Math.min(limit, i + 40);
            boolean dayAfter = isDayAfterMonth(top, i, to);
            Matcher m = dayAfter ? MONTH_DAY_YEAR.matcher(head).region(i, to) : null;
            if (dayAfter && m.lookingAt()) {
                best = date(head, cp, m.start(), m.end(), Integer.valueOf(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2)), m.group(4), m.group(5));
                bestAt = i;
                break;
            }
            if (dayAfter && i - lineStart <= 40) {
                m = DATELINE_AT.matcher(head).region(i, to);
                if (m.lookingAt()) {
                    best = date(head, cp, m.start(), m.end(), null, month(m.group(1)), Integer.parseInt(m.group(2)),
                            null, null);
                    bestAt = i;
                    break;
                }
            }
            // "19 July 2023": the day comes first
            int d = i - 1;
            while (d > 0 && top[d - 1] == ' ') {
                d--;
            }
            int ds = d;
            while (ds > 0 && Character.isDigit(top[ds - 1]) && d - ds < 2) {
                ds--;
            }
            if (ds < d) {
                m = DAY_MONTH_YEAR.matcher(head).region(ds, to);
                if (m.lookingAt()) {
                    best = date(head, cp, m.start(), m.end(), Integer.valueOf(m.group(3)), month(m.group(2)),
                            Integer.parseInt(m.group(1)), null, null);
                    bestAt = ds;
                    break;
                }
            }
        }
        return best != null && best.month() >= 1 && best.month() <= 12 && best.day() >= 1 && best.day() <= 31
                ? best : null;
    }

    /**
     * Whether the word at top[i] is followed, before {@code to}, by an optional period, a space and a digit: what
     * MONTH_DAY_YEAR and DATELINE_AT need after the month's name, checked before a matcher is built ("Marco
     * Rubio", "March to ..." need none).
     */
    private static boolean isDayAfterMonth(char[] top, int i, int to) {
        int j = i;
        while (j < to && (top[j] >= 'A' && top[j] <= 'Z' || top[j] >= 'a' && top[j] <= 'z')) {
            j++;
        }
        if (j < to && top[j] == '.') {
            j++;
        }
        return j + 1 < to && top[j] == ' ' && top[j + 1] >= '0' && top[j + 1] <= '9';
    }

    /** Whether top[i, i + 3) is the start of a month's name ("Jan", ..., "Dec"). */
    private static boolean isMonthStart(char[] top, int i) {
        for (int m = 0; m < MONTH_STARTS.length; m += 3) {
            if (top[i] == MONTH_STARTS[m] && top[i + 1] == MONTH_STARTS[m + 1] && top[i + 2] == MONTH_STARTS[m + 2]) {
                return true;
            }
        }
        return false;
    }

    private static PublicationDate date(String head, ClaimExtractor.CodePoints cp, int start, int end, Integer year,
                                        int month, int day, String hour, String minute) {
        return new PublicationDate(head.substring(start, end), cp.of(start), cp.of(end), year, month, day,
                hour == null ? null : Integer.valueOf(hour), minute == null ? null : Integer.valueOf(minute),
                year == null ? weekdayAfter(head, end) : null);
    }

    /** A weekday named in the sentence that follows a date: "July 19 (UPI) -- The head of MI6 on Wednesday urged". */
    private static DayOfWeek weekdayAfter(String text, int from) {
        int to = Math.min(text.length(), from + 400);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' && i + 1 < to && text.charAt(i + 1) == ' ' && i > from + 20) {
                return null; // the date's own sentence only
            }
            if (c >= 'F' && c <= 'W' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                for (DayOfWeek d : DayOfWeek.values()) {
                    String name = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    if (text.startsWith(name, i) && (i + name.length() >= to
                            || !Character.isLetter(text.charAt(i + name.length())))) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        return switch (m.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }
}
