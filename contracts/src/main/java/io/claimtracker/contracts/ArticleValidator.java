package io.claimtracker.contracts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of a valid article, applied by ingest to what users post and by extract-service to what
 * other producers write to {@link Topics#ARTICLES_RAW}. Returns every problem at once, each naming its field.
 */
public final class ArticleValidator {

    /** Longest accepted {@code text} or {@code html}, in chars; about 2 MiB of UTF-8 for most languages. */
    public static final int MAX_BODY_CHARS = 2_000_000;

    private static final int MAX_URL_CHARS = 2_048;
    private static final int MAX_LABEL_CHARS = 1_000;

    private ArticleValidator() {
    }

    public static List<FieldError> validate(ArticleReceived article) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasText = article.text() != null && !article.text().isBlank();
        boolean hasHtml = article.html() != null && !article.html().isBlank();
        if (!hasText && !hasHtml) {
            errors.add(new FieldError("text", "is required (or html): the article has no body"));
        }
        if (hasText && article.text().length() > MAX_BODY_CHARS) {
            errors.add(new FieldError("text", "is longer than " + MAX_BODY_CHARS + " characters"));
        }
        if (hasHtml && article.html().length() > MAX_BODY_CHARS) {
            errors.add(new FieldError("html", "is longer than " + MAX_BODY_CHARS + " characters"));
        }
        if (article.publishedAt() != null) {
            try {
                PublicationTimes.parse(article.publishedAt());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("publishedAt", "'" + abbreviate(article.publishedAt())
                        + "' is not a date: use ISO-8601, such as 2023-07-19T21:59:00Z or 2023-07-19"));
            }
        }
        if (article.url() != null) {
            urlProblem(article.url()).ifPresent(p -> errors.add(new FieldError("url", p)));
        }
        checkLabel(errors, "outlet", article.outlet());
        checkLabel(errors, "title", article.title());
        if (article.language() != null && !article.language().matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            errors.add(new FieldError("language", "'" + abbreviate(article.language())
                    + "' is not a language tag such as en or en-GB"));
        }
        return errors;
    }

    private static java.util.Optional<String> urlProblem(String url) {
        if (url.length() > MAX_URL_CHARS) {
            return java.util.Optional.of("is longer than " + MAX_URL_CHARS + " characters");
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                return java.util.Optional.of("'" + abbreviate(url) + "' is not an absolute http(s) URL");
            }
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.of("'" + abbreviate(url) + "' is not a URL: " + e.getReason());
        }
    }

    private static void checkLabel(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > MAX_LABEL_CHARS) {
            errors.add(new FieldError(field, "is longer than " + MAX_LABEL_CHARS + " characters"));
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
