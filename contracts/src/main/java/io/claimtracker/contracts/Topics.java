package io.claimtracker.contracts;

/** Kafka topic names: the public contract between the services and any other producer or consumer. */
public final class Topics {

    /** Articles as submitted (JSON of {@link ArticleReceived}), key = article id. Any client may produce here. */
    public static final String ARTICLES_RAW = "articles.raw";

    /** Records of {@link #ARTICLES_RAW} that could not be read or processed; the reason is in the
     * headers ({@code kafka_dlt-exception-message} and others), so they can be inspected and replayed. The
     * name follows spring-kafka's convention. */
    public static final String ARTICLES_DEAD_LETTER = "articles.raw-dlt";

    /**
     * extract-service's own re-keying: {@link AppearancesAttributed}, key = the speaker's key, so one consumer at a
     * time clusters all statements of a speaker (one writer per key, no locks), whatever the article's partition.
     */
    public static final String CLAIM_APPEARANCES = "claims.appearances";

    /** {@link ClaimChanged} events, key = claim id, published by extract-service after each write. */
    public static final String CLAIMS_CHANGES = "claims.changes";

    private Topics() {
    }
}
