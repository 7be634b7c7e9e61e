package io.claimtracker.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import java.time.Instant;
import java.util.List;

/**
 * What one article attributes to one speaker, on {@link Topics#CLAIM_APPEARANCES} keyed by {@code speakerKey}:
 * the appearances, each cut into statements, ready to be clustered with the speaker's statements from every
 * other article.
 *
 * @param speakerKey  the partition key: the speaker id of a named speaker, else a key scoped to the article
 *                    (an unnamed source is never merged with another article's)
 * @param speakerId   null for unnamed or unknown speakers
 * @param timeSource  GIVEN, PAGE or RECEIVED: where {@code seenAt} comes from
 * @param resolvedAs  set (with no appearances) when the speaker of a pending key ({@code pending:...}: a
 *                    description or bare name no article had yet tied to a person) has become known: that key's
 *                    statements move to this speaker
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppearancesAttributed(
        @JsonSetter(nulls = Nulls.AS_EMPTY) int schemaVersion,
        String speakerKey,
        String speakerId,
        String speakerName,
        String articleId,
        String url,
        String outlet,
        Instant publishedAt,
        Instant seenAt,
        String timeSource,
        List<Appearance> appearances,
        Resolution resolvedAs) {

    public static final int SCHEMA_VERSION = 1;

    /** The same appearances attributed to another speaker. */
    public AppearancesAttributed to(String key, String id, String name) {
        return new AppearancesAttributed(schemaVersion, key, id, name, articleId, url, outlet, publishedAt, seenAt,
                timeSource, appearances, null);
    }

    /** Who a pending speaker turned out to be. */
    public record Resolution(String speakerId, String speakerName) {
    }

    /**
     * One appearance. {@code relayedIn} is, for a quote inside a quote, the id of the relaying speaker's appearance
     * that holds it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appearance(String appearanceId, String text, int start, int end, String kind, String cue,
                             String speakerMention, String reportedBy, String relayedIn, double confidence,
                             List<Statement> statements) {
    }

    /** A statement-sized piece of an appearance: code-point offsets into the article's text, {@code text} that slice. */
    public record Statement(int start, int end, String text) {
    }
}
