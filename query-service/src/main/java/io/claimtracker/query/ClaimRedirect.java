package io.claimtracker.query;

/**
 * A claim id that joined another claim ({@code claim_redirects}: {@code {_id, mergedInto}}), so links to the old
 * id keep answering with the surviving claim.
 */
record ClaimRedirect(String id, String mergedInto) {
}
