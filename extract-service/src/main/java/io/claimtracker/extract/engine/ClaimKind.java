package io.claimtracker.extract.engine;

import java.util.Locale;

/** How an appearance states its claim: a full quote, a quoted fragment inside paraphrase, or reported speech. */
public enum ClaimKind {
    DIRECT, PARTIAL, INDIRECT;

    /** The lower-case name used in JSON and in MongoDB. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
