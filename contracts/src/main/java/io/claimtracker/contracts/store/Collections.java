package io.claimtracker.contracts.store;

/** MongoDB collection names. */
public final class Collections {

    public static final String ARTICLES = "articles";
    public static final String SPEAKERS = "speakers";
    public static final String CLAIMS = "claims";
    /** {@code {_id: old claim id, mergedInto}}: claims that joined another keep answering under their old id. */
    public static final String CLAIM_REDIRECTS = "claim_redirects";

    private Collections() {
    }
}
