package io.claimtracker.extract;

import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.PublicationTimes;
import io.claimtracker.contracts.store.TimeSource;
import io.claimtracker.extract.engine.PublicationDate;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * When an article appeared: the publication time given with it, else the date its page prints ("2023-07-19 21:59",
 * "July 19 (UPI)"), else its receive time; {@code source} always says which, so no timeline is silently built
 * from receive times.
 *
 * @param publishedAt the publication time when known (given or read from the page), else null
 * @param seenAt      the publication time, else the receive time
 */
record ArticleTime(Instant publishedAt, Instant seenAt, TimeSource source) {

    static ArticleTime of(ArticleReceived article, PublicationDate onPage) {
        if (article.publishedAt() != null) {
            Instant given = PublicationTimes.parse(article.publishedAt());
            return new ArticleTime(given, given, TimeSource.GIVEN);
        }
        Instant received = article.receivedAt();
        if (onPage != null) {
            int receivedYear = received.atZone(ZoneOffset.UTC).getYear();
            // a page date without a year ("July 19 (UPI) -- ... on Wednesday"): the year in which that date was
            // that weekday, else the latest such date not after the receive time
            var fromWeekday = onPage.yearFromWeekday(receivedYear).flatMap(onPage::toInstant);
            if (fromWeekday.isPresent() && fromWeekday.get().isAfter(received)) {
                int later = fromWeekday.get().atZone(ZoneOffset.UTC).getYear();
                fromWeekday = onPage.yearFromWeekday(later - 1).flatMap(onPage::toInstant);
            }
            var date = fromWeekday.isPresent() ? fromWeekday : onPage.toInstant(receivedYear)
                    .flatMap(d -> onPage.year() == null && d.isAfter(received) ? onPage.toInstant(receivedYear - 1)
                            : java.util.Optional.of(d));
            if (date.isPresent()) {
                return new ArticleTime(date.get(), date.get(), TimeSource.PAGE);
            }
        }
        return new ArticleTime(null, received, TimeSource.RECEIVED);
    }
}
