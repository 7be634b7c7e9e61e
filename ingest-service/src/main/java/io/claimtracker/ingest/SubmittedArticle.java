package io.claimtracker.ingest;

import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One article as a submitter sent it, read from JSON: either the article or what is wrong with the JSON itself
 * (syntax, shape, a field of the wrong type). Whether the article is valid is {@code ArticleValidator}'s call,
 * made later in {@link ArticleIngest}.
 *
 * <p>Only the public fields are read: {@code url, outlet, title, publishedAt, language, text, html}. Anything
 * else, including {@code articleId} and {@code receivedAt}, is ignored: ingest always derives the id itself, so a
 * submitter cannot claim another article's id.
 */
record SubmittedArticle(ArticleReceived article, List<FieldError> errors) {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    SubmittedArticle {
        errors = List.copyOf(errors);
    }

    static SubmittedArticle of(ArticleReceived article) {
        return new SubmittedArticle(article, List.of());
    }

    static SubmittedArticle invalid(FieldError error) {
        return new SubmittedArticle(null, List.of(error));
    }

    boolean readable() {
        return errors.isEmpty();
    }

    /**
     * Reads one JSON object.
     *
     * @param oneLine whether the JSON is one NDJSON line (a problem's place is then given as a column only)
     */
    static SubmittedArticle fromJson(String json, boolean oneLine) {
        JsonNode node;
        try {
            node = STRICT.readTree(json);
        } catch (JacksonException e) {
            return invalid(malformed(e, oneLine));
        }
        return fromNode(node, "body");
    }

    /** Reads a JSON object or an array of them (the .json files of the import command). */
    static List<SubmittedArticle> fromJsonObjectOrArray(String json) {
        JsonNode node;
        try {
            node = STRICT.readTree(json);
        } catch (JacksonException e) {
            return List.of(invalid(malformed(e, false)));
        }
        if (!node.isArray()) {
            return List.of(fromNode(node, "body"));
        }
        List<SubmittedArticle> articles = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            articles.add(fromNode(node.get(i), "[" + i + "]"));
        }
        return articles;
    }

    private static SubmittedArticle fromNode(JsonNode node, String where) {
        if (node == null || node.isMissingNode()) {
            return invalid(new FieldError(where, "is empty: expected a JSON object with text or html"));
        }
        if (!node.isObject()) {
            return invalid(new FieldError(where, "must be a JSON object with text or html, not "
                    + article(kind(node))));
        }
        List<FieldError> errors = new ArrayList<>();
        ArticleReceived article = new ArticleReceived(0, null,
                string(node, "url", errors), string(node, "outlet", errors), string(node, "title", errors),
                string(node, "publishedAt", errors), string(node, "language", errors),
                string(node, "text", errors), string(node, "html", errors), null);
        return errors.isEmpty() ? of(article) : new SubmittedArticle(null, errors);
    }

    private static String string(JsonNode object, String field, List<FieldError> errors) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(field, "must be a string, not " + article(kind(value))));
            return null;
        }
        return value.stringValue();
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static FieldError malformed(JacksonException e, boolean oneLine) {
        String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst()
                .orElse("unreadable");
        TokenStreamLocation at = e.getLocation();
        String place = at == null || at.getLineNr() < 1 ? ""
                : oneLine ? " at column " + at.getColumnNr()
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (reason.startsWith("Trailing token")) {
            reason = "more content after the article object (send several articles as application/x-ndjson, one "
                    + "per line)";
        }
        return new FieldError("body", "is not valid JSON" + place + ": " + reason);
    }
}
