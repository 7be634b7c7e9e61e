package io.claimtracker.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The width of a chart's buckets: an hour or a day, in UTC. A bucket is named by its start
 * ({@code 2023-07-19T21:00:00Z}); computed in Java or with {@code $dateToString}, since the embedded MongoDB
 * stand-in has no {@code $dateTrunc}.
 */
enum TimeBucket {

    HOUR(ChronoUnit.HOURS, "%Y-%m-%dT%H:00:00Z"),
    DAY(ChronoUnit.DAYS, "%Y-%m-%dT00:00:00Z");

    private final ChronoUnit unit;
    private final String dateFormat;

    TimeBucket(ChronoUnit unit, String dateFormat) {
        this.unit = unit;
        this.dateFormat = dateFormat;
    }

    /** {@code hour} or {@code day} (any case); absent gives {@code absent}; anything else is a 400. */
    static TimeBucket parse(String value, TimeBucket absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "hour" -> HOUR;
            case "day" -> DAY;
            default -> throw new BadParameter("bucket", "'bucket' must be hour or day, not '" + value + "'");
        };
    }

    Instant startOf(Instant time) {
        return time.truncatedTo(unit);
    }

    /** A {@code $dateToString} format giving the bucket's start as an ISO-8601 instant. */
    String dateFormat() {
        return dateFormat;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
