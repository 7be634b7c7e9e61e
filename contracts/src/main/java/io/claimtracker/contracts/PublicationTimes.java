package io.claimtracker.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code publishedAt} of a submitted article. Accepted: ISO-8601 instants and offset date-times
 * ({@code 2023-07-19T21:59:00Z}, {@code 2023-07-19T22:59:00+01:00}), local date-times and dates (read as UTC),
 * and RFC 1123 ({@code Wed, 19 Jul 2023 21:59:00 GMT}, the form of HTTP and RSS).
 */
public final class PublicationTimes {

    private PublicationTimes() {
    }

    /** @throws DateTimeParseException when the value is in none of the accepted forms */
    public static Instant parse(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                }
            }
        }
    }
}
