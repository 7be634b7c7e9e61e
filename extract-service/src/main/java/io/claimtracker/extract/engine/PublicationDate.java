package io.claimtracker.extract.engine;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Optional;

/**
 * A publication date (and time) read from the page itself: "2023-07-19 21:59", "July 19 (UPI)",
 * "July 19, 2023". {@code text} and the code-point offsets show where; {@code year}, {@code hour} and
 * {@code minute} are null when the page does not say. {@code weekday} is the day of the week the text right after a
 * yearless date names ("July 19 (UPI) -- ... on Wednesday urged ..."), which tells the year; else null.
 */
public record PublicationDate(String text, int start, int end, Integer year, int month, int day, Integer hour,
                              Integer minute, DayOfWeek weekday) {

    /**
     * The year of a yearless date from its weekday: the latest year, not after {@code latestYear} and at most ten
     * years before it, in which the date falls on that weekday; empty when the page gives a year or no weekday.
     */
    public Optional<Integer> yearFromWeekday(int latestYear) {
        if (year != null || weekday == null) {
            return Optional.empty();
        }
        for (int y = latestYear; y > latestYear - 10; y--) {
            try {
                if (LocalDate.of(y, month, day).getDayOfWeek() == weekday) {
                    return Optional.of(y);
                }
            } catch (DateTimeException e) {
                // February 29 of a common year: try the year before
            }
        }
        return Optional.empty();
    }

    /** The date as an instant, read as UTC; {@code fallbackYear} (say, the receive year) fills a missing year. */
    public Optional<Instant> toInstant(int fallbackYear) {
        try {
            return Optional.of(LocalDateTime.of(year != null ? year : fallbackYear, month, day,
                    hour != null ? hour : 0, minute != null ? minute : 0).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
