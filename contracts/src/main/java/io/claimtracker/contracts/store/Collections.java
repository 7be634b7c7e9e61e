package io.claimtracker.contracts.store;

/** MongoDB collection names. */
public final class Collections {

    public static final String ARTICLES = "articles";
    public static final String SPEAKERS = "speakers";
    public static final String CLAIMS = "claims";

    private Collections() {
    }
}
