package io.claimtracker.contracts;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stable article ids: the same URL, or with no URL the same text, always gives the same id, whoever computes
 * it (ingest, or extract-service for records produced straight to Kafka). 16 hex digits of a SHA-256.
 */
public final class ArticleIds {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticleIds() {
    }

    public static String of(String url, String text, String html) {
        if (url != null && !url.isBlank()) {
            return hash("url:" + canonicalUrl(url));
        }
        String body = text != null && !text.isBlank() ? text : Objects.requireNonNullElse(html, "");
        return hash("text:" + canonicalText(body));
    }

    /**
     * Lower-cased scheme and host, no fragment, no default port, no tracking parameters, no trailing slash:
     * the forms under which outlets and aggregators pass the same page around.
     */
    static String canonicalUrl(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            boolean defaultPort = uri.getPort() == -1 || (uri.getPort() == 80 && scheme.equals("http"))
                    || (uri.getPort() == 443 && scheme.equals("https"));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : Stream.of(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTrackingParameter(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            // http and https name the same article
            return host + (defaultPort ? "" : ":" + uri.getPort()) + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static boolean isTrackingParameter(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.startsWith("fbclid=") || name.startsWith("gclid=")
                || name.startsWith("ocid=") || name.startsWith("cmpid=");
    }

    static String canonicalText(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
