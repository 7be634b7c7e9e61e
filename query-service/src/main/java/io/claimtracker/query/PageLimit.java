package io.claimtracker.query;

/** Reads a {@code limit} parameter: absent means the default; outside 1..max is refused, not silently clamped. */
final class PageLimit {

    private PageLimit() {
    }

    static int parse(String value, int defaultLimit, int maxLimit) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw outOfRange(value, maxLimit);
        }
        if (limit < 1 || limit > maxLimit) {
            throw outOfRange(value, maxLimit);
        }
        return limit;
    }

    private static BadParameter outOfRange(String value, int maxLimit) {
        return new BadParameter("limit", "'limit' must be a whole number from 1 to " + maxLimit + ", not '"
                + value + "'");
    }
}
