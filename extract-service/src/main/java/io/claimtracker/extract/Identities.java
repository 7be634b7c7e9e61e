package io.claimtracker.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Deterministic ids, so that a replayed or redelivered article upserts the same documents: a speaker's id from
 * its canonical name, a claim's from its speaker and the words of its text, an appearance's from its article and
 * offsets.
 */
final class Identities {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the|a|an)\\s+");

    private Identities() {
    }

    static String speakerId(String canonicalName) {
        return "sp-" + hash("speaker|" + words(canonicalName));
    }

    /** @param speakerKey the speaker id, or a stand-in for unnamed and unknown speakers */
    static String claimId(String speakerKey, String text) {
        return "cl-" + hash("claim|" + speakerKey + "|" + words(text));
    }

    static String appearanceId(String articleId, int start, int end) {
        return articleId + ":" + start + "-" + end;
    }

    /**
     * How an alias or description is looked up: its words without a leading article, so "The head of MI6",
     * "the head of MI6" and "head of MI6" are one key.
     */
    static String mentionKey(String mention) {
        return words(LEADING_ARTICLE.matcher(mention.strip()).replaceFirst(""));
    }

    /** Lower-case words without accents or punctuation: what two wordings must share to be the same text. */
    static String words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
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
