package io.claimtracker.extract.engine;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Optional;

/**
 * A publication date (and time) read from the page itself: "2023-07-19 21:59", "July 19 (UPI)",
 * "July 19, 2023". {@code text} and the code-point offsets show where; {@code year}, {@code hour} and
 * {@code minute} are null when the page does not say.
 */
public record PublicationDate(String text, int start, int end, Integer year, int month, int day, Integer hour,
                              Integer minute) {

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
