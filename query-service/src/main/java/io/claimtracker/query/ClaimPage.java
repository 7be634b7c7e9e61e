package io.claimtracker.query;

import java.util.List;

/** One page of claims, newest first; {@code nextCursor} is null on the last page. */
record ClaimPage(List<Claim> items, String nextCursor) {

    static final ClaimPage EMPTY = new ClaimPage(List.of(), null);

    /** {@code fetched} holds up to limit + 1 claims: the extra one only says that another page exists. */
    static ClaimPage of(List<Claim> fetched, int limit) {
        if (fetched.size() <= limit) {
            return new ClaimPage(fetched, null);
        }
        List<Claim> items = fetched.subList(0, limit);
        return new ClaimPage(List.copyOf(items), ClaimCursor.after(items.get(limit - 1)).encode());
    }
}
