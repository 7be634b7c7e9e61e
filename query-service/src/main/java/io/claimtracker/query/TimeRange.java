package io.claimtracker.query;

import io.claimtracker.contracts.PublicationTimes;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code from}/{@code to} filter on a time field, both ends inclusive. A date ({@code 2023-07-19}) is a whole
 * UTC day: as {@code from} it starts at midnight, as {@code to} it includes the day. Instants and date-times take
 * the forms of {@link PublicationTimes} ({@code 2023-07-19T21:59:00Z}, {@code 2023-07-19T22:59+01:00}, a local
 * date-time read as UTC). An offset's '+' may come unencoded (it then arrives as a space).
 */
record TimeRange(Instant from, Instant to) {

    /** {@code 2023-07-19T23:00:00 02:00}: a '+' sent unencoded in a query string arrives as a space. */
    private static final Pattern UNENCODED_OFFSET = Pattern.compile(".+T[0-9:.]+ [0-9]{2}:?[0-9]{2}");

    static TimeRange parse(String from, String to) {
        TimeRange range = new TimeRange(lowerBound(from), upperBound(to));
        if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
            throw new BadParameter("from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return range;
    }

    List<Criteria> on(String field) {
        List<Criteria> criteria = new ArrayList<>(2);
        if (from != null) {
            criteria.add(Criteria.where(field).gte(from));
        }
        if (to != null) {
            criteria.add(Criteria.where(field).lte(to));
        }
        return criteria;
    }

    private static Instant lowerBound(String value) {
        if (isAbsent(value)) {
            return null;
        }
        LocalDate day = asDate(value);
        return day != null ? day.atStartOfDay().toInstant(ZoneOffset.UTC) : asInstant("from", value);
    }

    private static Instant upperBound(String value) {
        if (isAbsent(value)) {
            return null;
        }
        LocalDate day = asDate(value);
        // MongoDB stores milliseconds: the last millisecond of the day includes all of it
        return day != null ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1)
                : asInstant("to", value);
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate asDate(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static Instant asInstant(String parameter, String value) {
        try {
            return PublicationTimes.parse(value);
        } catch (DateTimeParseException e) {
            if (UNENCODED_OFFSET.matcher(value.strip()).matches()) {
                return asInstant(parameter, value.strip().replace(' ', '+'));
            }
            throw new BadParameter(parameter, "'" + parameter + "' must be an ISO-8601 date (2023-07-19) or "
                    + "instant (2023-07-19T21:59:00Z), not '" + value + "'");
        }
    }
}
