package io.claimtracker.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import java.time.Instant;

/**
 * An article as it travels on {@link Topics#ARTICLES_RAW}: the JSON a user posts to ingest, plus the id and
 * receive time ingest adds. Producers other than ingest may leave out everything but {@code text} or
 * {@code html}; extract-service derives the id and validates exactly as ingest does ({@link ArticleValidator}).
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when written by this code; absent (0) from foreign producers
 * @param publishedAt   ISO-8601 as given (ingest normalises it to an instant), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleReceived(
        @JsonSetter(nulls = Nulls.AS_EMPTY) int schemaVersion,
        String articleId,
        String url,
        String outlet,
        String title,
        String publishedAt,
        String language,
        String text,
        String html,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;

    /** The same article with its id and receive time filled in where they were missing. */
    public ArticleReceived withIdentity(Instant now) {
        return new ArticleReceived(SCHEMA_VERSION, articleId != null ? articleId : ArticleIds.of(url, text, html),
                url, outlet, title, publishedAt, language, text, html, receivedAt != null ? receivedAt : now);
    }
}
