package io.claimtracker.extract.engine;

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
            "\\b" + MONTHS + " (\\d{1,2}),? ((?:19|20)\\d\\d)\\b(?:,? (\\d{1,2}):(\\d\\d))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2}) " + MONTHS + ",? ((?:19|20)\\d\\d)\\b");
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[^\\n]{0,40}?\\b" + MONTHS + " (\\d{1,2}) \\((?:UPI|AP|Reuters|AFP|Xinhua|Bloomberg|CNN|dpa|"
                    + "[A-Z]{2,8})\\)");

    private PageDates() {
    }

    static PublicationDate find(String text, ClaimExtractor.CodePoints cp) {
        String head = text.length() > 3000 ? text.substring(0, 3000) : text;
        int bestAt = Integer.MAX_VALUE;
        PublicationDate best = null;
        Matcher m = ISO.matcher(head);
        if (m.find()) {
            best = date(head, cp, m.start(), m.end(), Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4), m.group(5));
            bestAt = m.start();
        }
        m = DATELINE.matcher(head);
        if (m.find() && m.start(1) < bestAt) {
            best = date(head, cp, m.start(1), m.end(), null, month(m.group(1)), Integer.parseInt(m.group(2)), null, null);
            bestAt = m.start(1);
        }
        m = MONTH_DAY_YEAR.matcher(head);
        if (m.find() && m.start() < bestAt) {
            best = date(head, cp, m.start(), m.end(), Integer.valueOf(m.group(3)), month(m.group(1)),
                    Integer.parseInt(m.group(2)), m.group(4), m.group(5));
            bestAt = m.start();
        }
        m = DAY_MONTH_YEAR.matcher(head);
        if (m.find() && m.start() < bestAt) {
            best = date(head, cp, m.start(), m.end(), Integer.valueOf(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1)), null, null);
        }
        return best != null && best.month() >= 1 && best.month() <= 12 && best.day() >= 1 && best.day() <= 31
                ? best : null;
    }

    private static PublicationDate date(String head, ClaimExtractor.CodePoints cp, int start, int end, Integer year,
                                        int month, int day, String hour, String minute) {
        return new PublicationDate(head.substring(start, end), cp.of(start), cp.of(end), year, month, day,
                hour == null ? null : Integer.valueOf(hour), minute == null ? null : Integer.valueOf(minute));
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
